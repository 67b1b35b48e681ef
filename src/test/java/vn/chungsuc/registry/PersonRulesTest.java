package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.registry.domain.PersonRules;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.domain.Sex;

class PersonRulesTest {

    @Test
    void namesKeepTheirDiacriticsAndLoseExtraSpaces() {
        assertThat(PersonRules.cleanName("  Nguyễn   Văn  A ")).isEqualTo("Nguyễn Văn A");
        assertThat(PersonRules.checkName("Nguyễn Văn A")).isEmpty();
        assertThat(PersonRules.checkName("H'Hen Niê")).isEmpty();
        assertThat(PersonRules.checkName("Nguyễn Văn 3")).isPresent();
        assertThat(PersonRules.checkName("")).isPresent();
    }

    @Test
    void phoneNumbersAreWrittenWithALeadingZero() {
        assertThat(PersonRules.cleanPhone("+84 912 345 678")).isEqualTo("0912345678");
        assertThat(PersonRules.cleanPhone("0912.345.678")).isEqualTo("0912345678");
        assertThat(PersonRules.checkPhone("0912345678")).isEmpty();
        assertThat(PersonRules.checkPhone("02373123456")).isEmpty();
        assertThat(PersonRules.checkPhone("12345")).isPresent();
        assertThat(PersonRules.cleanPhone("  ")).isNull();
    }

    @Test
    void datesAreReadTheWayOfficersWriteThem() {
        assertThat(Dates.parse("09/10/2017")).contains(LocalDate.of(2017, 10, 9));
        assertThat(Dates.parse("9/10/2017")).contains(LocalDate.of(2017, 10, 9));
        assertThat(Dates.parse("2017-10-09")).contains(LocalDate.of(2017, 10, 9));
        assertThat(Dates.parse("31/02/2017")).isEmpty();
        assertThat(Dates.show(LocalDate.of(2017, 10, 9))).isEqualTo("09/10/2017");
    }

    @Test
    void sexAndRelationAreReadWithOrWithoutAccents() {
        assertThat(Sex.parse("Nữ")).contains(Sex.FEMALE);
        assertThat(Sex.parse("nu")).contains(Sex.FEMALE);
        assertThat(Sex.parse("NAM")).contains(Sex.MALE);
        assertThat(Relation.parse("Chủ hộ")).contains(Relation.HEAD);
        assertThat(Relation.parse("chu ho")).contains(Relation.HEAD);
        assertThat(Relation.parse("Vợ")).contains(Relation.SPOUSE);
        assertThat(Relation.parse("Con dâu/Con rể")).contains(Relation.CHILD_IN_LAW);
        assertThat(Relation.parse("Con rể")).contains(Relation.CHILD_IN_LAW);
        assertThat(Relation.parse("Hàng xóm")).isEmpty();
    }

    @Test
    void householdCodesAreUpperCase() {
        assertThat(PersonRules.cleanHouseholdCode(" 14812-01-0001 ")).isEqualTo("14812-01-0001");
        assertThat(PersonRules.checkHouseholdCode("HO SO 1")).isPresent();
        assertThat(PersonRules.checkHouseholdCode("")).isPresent();
    }
}
