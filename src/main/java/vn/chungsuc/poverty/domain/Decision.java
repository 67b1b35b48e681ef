package vn.chungsuc.poverty.domain;

import java.util.List;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.text.Text;

/**
 * What a standard decided for a household, and why.
 *
 * @param rule the rule that decided, in the standard's words, as a text for the request's language
 * @param reasons each fact that led there, in order: income or score against the lines, the deprivations counted
 */
public record Decision(PovertyClass result, Text rule, List<Text> reasons, String standardCode,
        String legalBasis, int deprivationCount) {
}
