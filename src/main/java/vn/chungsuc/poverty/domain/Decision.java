package vn.chungsuc.poverty.domain;

import java.util.List;
import vn.chungsuc.poverty.PovertyClass;

/**
 * What a standard decided for a household, and why.
 *
 * @param rule the rule that decided, in the standard's words
 * @param reasons each fact that led there, in order: income or score against the lines, the deprivations counted
 */
public record Decision(PovertyClass result, String rule, List<String> reasons, String standardCode,
        String legalBasis, int deprivationCount) {
}
