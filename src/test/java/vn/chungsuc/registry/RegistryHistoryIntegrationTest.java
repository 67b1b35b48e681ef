package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Duplicates;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/** A household's life: it moves, splits, loses its head, ends; and a duplicate record is merged. */
@IntegrationTest
class RegistryHistoryIntegrationTest {

    @Autowired HouseholdCommands commands;
    @Autowired Households households;
    @Autowired Duplicates duplicates;
    @Autowired RegistryApi registry;
    @Autowired JdbcClient jdbc;
    @Autowired vn.chungsuc.shared.time.Today today;

    static String cccd(Sex sex, int year, int serial) {
        return SyntheticPeople.citizenId("038", sex, year, serial);
    }

    @Test
    void aHouseholdIsCountedInTheAreaItLivedInOnEachDate() {
        commands.register(new Forms.NewHousehold("HIS-A-1", "14815-01", "", "01/01/2020", "Bùi Văn Mười", "MALE",
                "01/01/1960", cccd(Sex.MALE, 1960, 975_001), "Kinh", ""), UnitScope.ALL);
        commands.move("HIS-A-1", new Forms.Move("14824-02", "Thôn 2, xã Quang Trung", "15/06/2022"), UnitScope.ALL);
        assertThat(registry.household("HIS-A-1", LocalDate.of(2021, 1, 1)).orElseThrow().areaCode()).isEqualTo("14815-01");
        assertThat(registry.household("HIS-A-1", LocalDate.of(2023, 1, 1)).orElseThrow().areaCode()).isEqualTo("14824-02");
        assertThat(registry.households(List.of("14815-01"), LocalDate.of(2023, 1, 1)))
                .noneMatch(h -> h.code().equals("HIS-A-1"));
    }

    @Test
    void membersSplitIntoANewHouseholdAndTheHeadsDeathPassesHeadshipOn() {
        commands.register(new Forms.NewHousehold("HIS-B-1", "14818-02", "", "01/01/2019", "Hồ Văn Một", "MALE",
                "01/01/1955", cccd(Sex.MALE, 1955, 975_002), "Kinh", ""), UnitScope.ALL);
        long wife = commands.addMember("HIS-B-1", new Forms.NewMember("Ngô Thị Hai", "FEMALE", "01/01/1957",
                cccd(Sex.FEMALE, 1957, 975_003), "Kinh", "", "SPOUSE", "MOVED_IN", "02/01/2019"), UnitScope.ALL);
        long son = commands.addMember("HIS-B-1", new Forms.NewMember("Hồ Văn Ba", "MALE", "01/01/1985",
                cccd(Sex.MALE, 1985, 975_004), "Kinh", "", "CHILD", "MOVED_IN", "02/01/2019"), UnitScope.ALL);
        String created = commands.split("HIS-B-1", new Forms.Split("HIS-B-2", "", "", "01/03/2021", List.of(son), son),
                UnitScope.ALL);
        assertThat(created).isEqualTo("HIS-B-2");
        assertThat(registry.household("HIS-B-2", LocalDate.of(2021, 6, 1)).orElseThrow().headName()).isEqualTo("Hồ Văn Ba");

        long head = jdbc.sql("select id from registry_person where full_name = 'Hồ Văn Một'").query(Long.class).single();
        assertThatThrownBy(() -> commands.leave("HIS-B-1", head, new Forms.Leave("DIED", "01/05/2023", "", "OTHER",
                null), UnitScope.ALL)).isInstanceOf(HouseholdCommands.Refused.class);
        commands.leave("HIS-B-1", head, new Forms.Leave("DIED", "01/05/2023", "", "OTHER", wife), UnitScope.ALL);
        assertThat(registry.household("HIS-B-1", LocalDate.of(2023, 6, 1)).orElseThrow().headName()).isEqualTo("Ngô Thị Hai");
        assertThat(registry.household("HIS-B-1", LocalDate.of(2022, 6, 1)).orElseThrow().headName()).isEqualTo("Hồ Văn Một");

        commands.leave("HIS-B-1", wife, new Forms.Leave("MOVED", "01/07/2024", "HIS-B-2", "PARENT", null), UnitScope.ALL);
        assertThat(households.detail("HIS-B-1").orElseThrow().endedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(registry.household("HIS-B-2", LocalDate.of(2024, 8, 1)).orElseThrow().members()).isEqualTo(2);
    }

    @Test
    void anOfficerCannotChangeAHouseholdOutsideHisScope() {
        commands.register(new Forms.NewHousehold("HIS-C-1", "14824-03", "", "01/01/2020", "Dương Văn Tư", "MALE",
                "01/01/1970", cccd(Sex.MALE, 1970, 975_005), "Kinh", ""), UnitScope.ALL);
        UnitScope baDinh = new UnitScope(false, java.util.Set.of("14812", "38-BS"), java.util.Set.of());
        assertThatThrownBy(() -> commands.edit("HIS-C-1", new Forms.Edit("Số 9"), baDinh))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void mergingADuplicateKeepsOneRecordWithTheCitizenIdAndIsAudited() {
        commands.register(new Forms.NewHousehold("HIS-D-1", "14809-01", "", "01/01/2020", "Đinh Văn Năm", "MALE",
                "01/01/1965", "", "Kinh", ""), UnitScope.ALL);
        commands.register(new Forms.NewHousehold("HIS-D-2", "14809-02", "", "01/01/2020", "Mai Văn Sáu", "MALE",
                "01/01/1966", cccd(Sex.MALE, 1966, 975_006), "Kinh", ""), UnitScope.ALL);
        long copy = commands.addMember("HIS-D-2", new Forms.NewMember("Đinh Văn Năm", "MALE", "01/01/1965",
                cccd(Sex.MALE, 1965, 975_007), "Kinh", "0911222333", "OTHER", "MOVED_IN", "01/02/2020"), UnitScope.ALL);
        long kept = jdbc.sql("select id from registry_person where full_name = 'Đinh Văn Năm' and citizen_id is null")
                .query(Long.class).single();
        assertThat(duplicates.list(UnitScope.ALL, today.date()))
                .anyMatch(p -> p.first().personId() == kept && p.second().personId() == copy);

        duplicates.merge(kept, copy, UnitScope.ALL);
        assertThat(households.person(kept).orElseThrow().citizenId()).isEqualTo(cccd(Sex.MALE, 1965, 975_007));
        assertThat(households.person(kept).orElseThrow().phone()).isEqualTo("0911222333");
        assertThat(households.person(copy).orElseThrow().mergedInto()).isEqualTo(kept);
        assertThat(registry.household("HIS-D-2", today.date()).orElseThrow().members()).isEqualTo(1);
        assertThat(duplicates.list(UnitScope.ALL, today.date()))
                .noneMatch(p -> p.first().personId() == kept || p.second().personId() == kept);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'MERGE' and entity_type = 'registry.person'")
                .query(Long.class).single()).isPositive();
    }
}
