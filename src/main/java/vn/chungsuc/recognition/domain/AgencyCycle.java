package vn.chungsuc.recognition.domain;

import java.util.OptionalInt;

/**
 * The cycle of "Cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa" under TT 08/2014/TT-BVHTTDL khoản 2 Điều 3: a
 * first recognition at least {@code firstAfterYears} (2) years after registration, then a renewal every
 * {@code renewalYears} (5) years. Both are data of the criteria set.
 */
public record AgencyCycle(int firstAfterYears, int renewalYears) {

    /**
     * Whether a subject registered in {@code registeredYear} and last recognised in {@code lastRecognised} (empty
     * if never) may be recognised for {@code year}.
     */
    public boolean mayRecognise(int registeredYear, OptionalInt lastRecognised, int year) {
        if (lastRecognised.isEmpty()) {
            return year - registeredYear >= firstAfterYears;
        }
        return year - lastRecognised.getAsInt() >= renewalYears;
    }

    /** The year a renewal falls due after a recognition. */
    public int renewalDue(int recognisedYear) {
        return recognisedYear + renewalYears;
    }
}
