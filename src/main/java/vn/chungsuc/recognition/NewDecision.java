package vn.chungsuc.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision to record: title kind, year, deciding unit, number, date, signer and the subjects recognised.
 *
 * @param subjects each subject's code, with a name and the commune it belongs to where the registers cannot tell
 *     (organisations, persons); households, residential areas and communes need only their code
 */
public record NewDecision(String titleCode, Integer year, String unitCode, String number, LocalDate signedOn,
        String signer, List<Subject> subjects) {

    /** A subject to recognise; name and unit may be null for households, areas and communes. */
    public record Subject(String code, String name, String unitCode) {
    }
}
