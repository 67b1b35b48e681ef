package vn.chungsuc.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * Published in the transaction of a recognition decision: the title, its year, the decision and the subjects it
 * recognised (household, area, commune or organisation codes).
 */
public record TitleAwarded(long decisionId, String titleCode, int year, String unitCode, LocalDate signedOn,
        List<String> subjectCodes) {
}
