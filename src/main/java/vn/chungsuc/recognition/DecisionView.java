package vn.chungsuc.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A recognition decision (quyết định công nhận) with its list: which title for which year, by whom, and the
 * subjects recognised.
 *
 * @param unitCode the unit whose authority decided (the commune for families, the district for residential areas)
 * @param authority the deciding authority ("Chủ tịch UBND cấp xã")
 * @param awards the list (empty in lists of decisions, where only {@code awardCount} is given)
 */
public record DecisionView(long id, String titleCode, String titleName, int year, String unitCode, String unitName,
        String number, LocalDate signedOn, String signer, String authority, String createdBy,
        int awardCount, List<AwardView> awards) {

    /**
     * One recognised subject.
     *
     * @param countedUnit where the indicators count it (the household's residential area, the area's commune…)
     */
    public record AwardView(String subjectCode, String subjectName, String countedUnit) {
    }
}
