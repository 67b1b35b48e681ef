package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Problem;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Households changed through the officers' commands: one CCCD in one household at any date, history kept as a
 * person moves, search without accents, Vietnamese validation, audited exports, likely duplicates.
 */
@IntegrationTest
class RegistryHouseholdIntegrationTest {

    static final String TODAY = Dates.show(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdCommands commands;
    @Autowired RegistryApi registry;
    @Autowired TransactionTemplate tx;

    static String cccd(Sex sex, int year, int serial) {
        return SyntheticPeople.citizenId("038", sex, year, serial);
    }

    static Forms.NewHousehold household(String code, String area, String started, String name, Sex sex,
            String birth, String cccd) {
        return new Forms.NewHousehold(code, area, "Số 5, đường Lê Lợi", started, name, sex.name(), birth, cccd,
                "Kinh", "0912345678");
    }

    @Test
    void oneCitizenIdIsInOneHouseholdAtAnyDateAndTheFormSaysWhichHoldsIt() {
        String id = cccd(Sex.MALE, 1980, 970_001);
        commands.register(household("HH-A-1", "14812-04", "01/02/2021", "Phạm Văn Một", Sex.MALE, "10/10/1980", id),
                UnitScope.ALL);
        assertThatThrownBy(() -> commands.register(household("HH-A-2", "14812-04", "01/02/2021", "Phạm Văn Hai",
                Sex.MALE, "10/10/1980", id), UnitScope.ALL))
                .isInstanceOfSatisfying(HouseholdCommands.Refused.class, r -> assertThat(r.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("citizenId");
                            assertThat(v.problem()).isEqualTo(Problem.of("registry.cccd.held", id, "Phạm Văn Một", "HH-A-1"));
                        }));
        assertThat(jdbc.sql("select count(*) from registry_household where code = 'HH-A-2'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesAPersonInTwoHouseholdsOnTheSameDate() {
        commands.register(household("HH-B-1", "14812-04", "01/02/2021", "Lê Văn Ba", Sex.MALE, "01/01/1975",
                cccd(Sex.MALE, 1975, 970_002)), UnitScope.ALL);
        commands.register(household("HH-B-2", "14812-04", "01/02/2021", "Lê Văn Bốn", Sex.MALE, "01/01/1976",
                cccd(Sex.MALE, 1976, 970_003)), UnitScope.ALL);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("""
                insert into registry_membership (person_id, household_id, relation, valid_from, joined_by)
                select m.person_id, (select id from registry_household where code = 'HH-B-2'), 'OTHER',
                       date '2022-01-01', 'ENTERED'
                from registry_membership m join registry_household h on h.id = m.household_id where h.code = 'HH-B-1'
                """).update())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPersonMovingToAnotherHouseholdIsCountedWhereHeLivedOnEachDate() {
        commands.register(household("HH-C-1", "14812-08", "01/02/2021", "Đỗ Văn Năm", Sex.MALE, "01/01/1970",
                cccd(Sex.MALE, 1970, 970_004)), UnitScope.ALL);
        commands.register(household("HH-C-2", "14812-09", "01/02/2021", "Đỗ Văn Sáu", Sex.MALE, "01/01/1972",
                cccd(Sex.MALE, 1972, 970_005)), UnitScope.ALL);
        long son = commands.addMember("HH-C-1", new Forms.NewMember("Đỗ Văn Bảy", "MALE", "01/03/2000",
                cccd(Sex.MALE, 2000, 970_006), "Kinh", "", "CHILD", "MOVED_IN", "01/03/2021"), UnitScope.ALL);
        commands.leave("HH-C-1", son, new Forms.Leave("MOVED", "01/06/2022", "HH-C-2", "OTHER", null), UnitScope.ALL);

        assertThat(registry.household("HH-C-1", LocalDate.of(2022, 1, 1)).orElseThrow().members()).isEqualTo(2);
        assertThat(registry.household("HH-C-2", LocalDate.of(2022, 1, 1)).orElseThrow().members()).isEqualTo(1);
        assertThat(registry.household("HH-C-1", LocalDate.of(2022, 7, 1)).orElseThrow().members()).isEqualTo(1);
        assertThat(registry.household("HH-C-2", LocalDate.of(2022, 7, 1)).orElseThrow().members()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select string_agg(e.kind, ',' order by e.id) from registry_event e join registry_household h
                on h.id = e.household_id where h.code = 'HH-C-2'""").query(String.class).single())
                .isEqualTo("REGISTERED,JOINED");
    }

    @Test
    void searchingWithoutAccentsFindsTheExactNameFirstAndAMisspellingStillFinds() throws Exception {
        commands.register(household("HH-D-1", "14812-04", "01/02/2021", "Nguyễn Văn A", Sex.MALE, "02/02/1962",
                cccd(Sex.MALE, 1962, 970_007)), UnitScope.ALL);
        String page = mvc.perform(get("/registry/persons").param("q", "nguyen van a")
                        .with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int table = page.indexOf("id=\"persons-table\"");
        int firstRow = page.indexOf("<tbody>", table);
        assertThat(page.substring(firstRow, page.indexOf("</tr>", firstRow))).contains("Nguyễn Văn A<");
        String misspelt = mvc.perform(get("/registry/persons").param("q", "nguyenn vn a")
                        .with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(misspelt).contains("Nguyễn Văn A<");
        String byId = mvc.perform(get("/registry/persons").param("q", cccd(Sex.MALE, 1962, 970_007))
                        .with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byId).contains("Nguyễn Văn A<");
        String households = mvc.perform(get("/registry/households").param("q", "NGUYEN VAN A")
                        .with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(households).contains("HH-D-1");
    }

    @Test
    void aFormWithBadDataSavesNothingAndSaysWhyInVietnamese() throws Exception {
        String page = mvc.perform(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                        .param("code", "hh e 1").param("areaCode", "14824-01").param("startedOn", "31/02/2021")
                        .param("fullName", "Trần Văn 7").param("sex", "MALE").param("birthDate", "01/01/1980")
                        .param("citizenId", "03808012345").param("ethnicity", "Kinh").param("phone", "123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vui lòng sửa các lỗi", "Mã hộ chỉ gồm chữ in hoa", "Ngày không hợp lệ",
                "Họ và tên chỉ gồm chữ cái", "Số CCCD phải gồm đúng 12 chữ số", "Số điện thoại gồm 10 chữ số");
        String outside = mvc.perform(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                        .param("code", "HH-E-1").param("areaCode", "14824-01").param("startedOn", "01/02/2021")
                        .param("fullName", "Trần Văn Bảy").param("sex", "MALE").param("birthDate", "01/01/1980")
                        .param("citizenId", "").param("ethnicity", "Kinh").param("phone", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("Khu dân cư 14824-01 nằm ngoài phạm vi quản lý của bạn");
    }

    @Test
    void theBaDinhOfficerRegistersAHouseholdInHisWard() throws Exception {
        mvc.perform(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                        .param("code", "HH-F-1").param("areaCode", "14812-10").param("startedOn", TODAY)
                        .param("fullName", "Vũ Thị Tám").param("sex", "FEMALE").param("birthDate", "05/05/1990")
                        .param("citizenId", cccd(Sex.FEMALE, 1990, 970_008)).param("ethnicity", "Kinh")
                        .param("phone", "0987 654 321"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/registry/households/HH-F-1"));
        String page = mvc.perform(get("/registry/households/HH-F-1").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vũ Thị Tám", "0987654321", "Thành thị");
        mvc.perform(get("/registry/households/HH-F-1").with(httpBasic("quangtrung", "chungsuc")))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportingPersonsIsAuditedWithWhoAndWhichFilter() throws Exception {
        byte[] xlsx = mvc.perform(get("/registry/persons/export").param("unit", "14812-01").param("asOf", "30/06/2024")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(jdbc.sql("""
                select count(*) from shared_audit_entry where actor = 'badinh' and action = 'EXPORT'
                and entity_type = 'registry.person' and new_value ->> 'personalData' = 'true'
                and new_value -> 'filter' ->> 'unit' = '14812-01'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void likelyDuplicatesAreListedAndADismissedPairIsNotShownAgain() throws Exception {
        String page = mvc.perform(get("/registry/duplicates").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"duplicates-table\"");
        List<Long> pair = jdbc.sql("""
                select least(a.id, b.id) from registry_person a join registry_person b
                on a.search_key = b.search_key and a.birth_date = b.birth_date and a.id < b.id
                and b.citizen_id is null and b.merged_into is null order by a.id limit 1""").query(Long.class).list();
        assertThat(pair).isNotEmpty();
        long a = pair.get(0);
        long b = jdbc.sql("""
                select b.id from registry_person a join registry_person b
                on a.search_key = b.search_key and a.birth_date = b.birth_date and a.id < b.id
                where a.id = :a and b.citizen_id is null order by b.id limit 1""").param("a", a).query(Long.class).single();
        mvc.perform(post("/registry/duplicates/dismiss").param("a", String.valueOf(a)).param("b", String.valueOf(b))
                .with(csrf()).with(httpBasic("admin", "chungsuc"))).andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/registry/duplicates").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("name=\"b\" value=\"" + b + "\"");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'DISMISS'").query(Long.class)
                .single()).isPositive();
    }
}
