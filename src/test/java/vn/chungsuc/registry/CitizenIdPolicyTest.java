package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chungsuc.registry.domain.CitizenIdPolicy;
import vn.chungsuc.registry.domain.Problem;
import vn.chungsuc.registry.domain.Sex;

/** Thông tư 07/2016/TT-BCA, Điều 7: province, century-and-sex digit, year of birth, six random digits. */
class CitizenIdPolicyTest {

    static final LocalDate BORN_1985 = LocalDate.of(1985, 4, 2);

    @Test
    void aThanhHoaManBornIn1985HasANumberStarting0380Then85() {
        assertThat(CitizenIdPolicy.check("038085012345", Sex.MALE, BORN_1985)).isEmpty();
    }

    @Test
    void aWomanBornIn2003HasCenturyAndSexDigit3() {
        assertThat(CitizenIdPolicy.check("001303000017", Sex.FEMALE, LocalDate.of(2003, 1, 9))).isEmpty();
    }

    @Test
    void aNumberWithElevenDigitsOrLettersIsRefused() {
        assertThat(keys(CitizenIdPolicy.check("03808501234", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.format");
        assertThat(keys(CitizenIdPolicy.check("03808501234X", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.format");
    }

    @Test
    void aProvinceCodeOutsideTheCircularsListIsRefused() {
        // 003 was never given to a province; 097 is beyond Cà Mau (096).
        assertThat(keys(CitizenIdPolicy.check("003085012345", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.province");
        assertThat(keys(CitizenIdPolicy.check("097085012345", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.province");
    }

    @Test
    void theFourthDigitMustMatchTheSexGiven() {
        assertThat(keys(CitizenIdPolicy.check("038185012345", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.sexFemale");
        assertThat(keys(CitizenIdPolicy.check("038085012345", Sex.FEMALE, BORN_1985))).containsExactly("registry.cccd.sexMale");
    }

    @Test
    void theFourthDigitMustMatchTheCenturyOfBirth() {
        // 2 is a man born 2000–2099; a man born in 1985 has 0.
        assertThat(keys(CitizenIdPolicy.check("038285012345", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.century");
    }

    @Test
    void theFifthAndSixthDigitsAreTheYearOfBirth() {
        assertThat(keys(CitizenIdPolicy.check("038086012345", Sex.MALE, BORN_1985))).containsExactly("registry.cccd.year");
    }

    @Test
    void composedNumbersPassTheirOwnCheck() {
        for (int year : new int[] {1920, 1999, 2000, 2024}) {
            for (Sex sex : Sex.values()) {
                String id = CitizenIdPolicy.compose("038", sex, year, 4711);
                assertThat(CitizenIdPolicy.check(id, sex, LocalDate.of(year, 6, 1))).as(id).isEmpty();
            }
        }
    }

    private static java.util.List<String> keys(java.util.List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }
}
