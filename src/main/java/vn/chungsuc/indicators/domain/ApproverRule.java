package vn.chungsuc.indicators.domain;

import java.time.LocalDate;

/**
 * A line of the approval configuration: the figures of a unit and of the units under it (of one indicator, or of
 * all when {@code indicatorCode} is null) whose date lies in [validFrom, validTo) are approved by a body.
 *
 * @param basis the decision or regulation that assigns the approval (free text; null when none was given)
 */
public record ApproverRule(long id, String unitCode, String indicatorCode, String bodyCode, LocalDate validFrom,
        LocalDate validTo, String basis, String createdBy) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public boolean covers(String indicator) {
        return indicatorCode == null || indicatorCode.equals(indicator);
    }
}
