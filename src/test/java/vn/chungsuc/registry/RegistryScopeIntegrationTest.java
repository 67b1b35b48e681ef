package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Setting;

/**
 * The demo register and who sees what: the Ba Đình officer sees Ba Đình's households and none of Quang Trung's, on
 * the lists, the pages and the API; the head of Khu phố 1 sees his area only. The dates are before the 2025 merger,
 * when Ba Đình was a ward of its own.
 */
@IntegrationTest
class RegistryScopeIntegrationTest {

    static final String BEFORE_MERGER = "30/06/2024";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RegistryApi registry;
    @Autowired Today today;

    private String quangTrungHousehold() {
        return jdbc.sql("""
                select h.code from registry_household h join registry_household_location l on l.household_id = h.id
                where l.area_code like '14824-%' and l.valid_from <= date '2024-06-30'
                  and (l.valid_to is null or l.valid_to > date '2024-06-30') order by h.code limit 1""")
                .query(String.class).single();
    }

    private String baDinhHousehold(String areaPrefix) {
        return jdbc.sql("""
                select h.code from registry_household h join registry_household_location l on l.household_id = h.id
                where l.area_code like :p and l.valid_from <= date '2024-06-30'
                  and (l.valid_to is null or l.valid_to > date '2024-06-30') order by h.code limit 1""")
                .param("p", areaPrefix + "%").query(String.class).single();
    }

    @Test
    void theDemoTownHasBaDinhsPublishedSizeAndEighteenThousandHouseholds() {
        List<String> baDinh = jdbc.sql("select distinct area_code from registry_household_location where area_code like '14812-%'")
                .query(String.class).list();
        long households = registry.countHouseholds(baDinh, LocalDate.of(2017, 1, 1));
        long persons = registry.countPersons(baDinh, LocalDate.of(2017, 1, 1));
        assertThat(households).isEqualTo(2778);
        assertThat(persons).isBetween(10_000L, 11_500L);
        List<String> all = jdbc.sql("select distinct area_code from registry_household_location").query(String.class).list();
        assertThat(registry.countHouseholds(all, LocalDate.of(2025, 12, 31))).isBetween(17_000L, 19_500L);
        assertThat(registry.countPersons(all, LocalDate.of(2025, 12, 31))).isBetween(60_000L, 70_000L);
    }

    @Test
    void ruralOrUrbanFollowsTheAreasTypeOnTheDate() {
        List<String> haLan = jdbc.sql("select distinct area_code from registry_household_location where area_code like '14827-%'")
                .query(String.class).list();
        // Hà Lan's thôn were rural until the commune joined phường Đông Sơn (1/12/2019), then khu phố.
        assertThat(registry.householdsBySetting(haLan, LocalDate.of(2018, 6, 1))).containsOnlyKeys(Setting.RURAL);
        assertThat(registry.householdsBySetting(haLan, LocalDate.of(2020, 6, 1))).containsOnlyKeys(Setting.URBAN);
    }

    @Test
    void theBaDinhOfficerListsBaDinhsHouseholdsAndNoneOfQuangTrungs() throws Exception {
        String page = mvc.perform(get("/registry/households").param("asOf", BEFORE_MERGER)
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("14812-01-0001").doesNotContain("14824-");
        String filtered = mvc.perform(get("/registry/households").param("asOf", BEFORE_MERGER).param("unit", "14824")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).doesNotContain("14824-");
    }

    @Test
    void theBaDinhOfficerCannotOpenAQuangTrungHouseholdOrReadItThroughTheApi() throws Exception {
        String code = quangTrungHousehold();
        mvc.perform(get("/registry/households/" + code).param("asOf", BEFORE_MERGER)
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/" + code).param("asOf", "2024-06-30")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/" + code).param("asOf", "2024-06-30")
                .with(httpBasic("quangtrung", "chungsuc"))).andExpect(status().isOk());
        String api = mvc.perform(get("/api/v1/households").param("asOf", "2024-06-30").param("unit", "14824")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"total\":0");
    }

    @Test
    void theBaDinhOfficerSeesPersonalDataOfHisHouseholds() throws Exception {
        String code = baDinhHousehold("14812-03");
        String cccd = jdbc.sql("""
                select p.citizen_id from registry_person p join registry_membership m on m.person_id = p.id
                join registry_household h on h.id = m.household_id
                where h.code = :c and p.citizen_id is not null and m.valid_from <= date '2024-06-30'
                  and (m.valid_to is null or m.valid_to > date '2024-06-30') limit 1""")
                .param("c", code).query(String.class).single();
        String page = mvc.perform(get("/registry/households/" + code).param("asOf", BEFORE_MERGER)
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(cccd);
    }

    @Test
    void theHeadOfKhuPho1SeesHisAreaOnly() throws Exception {
        String api = mvc.perform(get("/api/v1/households").param("asOf", "2024-06-30").param("size", "500")
                        .with(httpBasic("kp1badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"unitCode\":\"14812-01\"").doesNotContain("\"unitCode\":\"14812-02\"");
        mvc.perform(get("/registry/households/" + baDinhHousehold("14812-02")).param("asOf", BEFORE_MERGER)
                .with(httpBasic("kp1badinh", "chungsuc"))).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersAPageOfHouseholdsWithHeadCodeUnitAndMemberCount() throws Exception {
        String api = mvc.perform(get("/api/v1/households").param("q", "14812-01-00").param("size", "5")
                        .param("asOf", "2024-06-30").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"code\":\"14812-01-0001\"", "\"headName\"", "\"unitCode\":\"14812-01\"",
                "\"memberCount\"");
    }

    @Test
    void theAgenciesAndUnitsOfTheTownAreAtLeastEightyFive() {
        List<String> units = jdbc.sql("select distinct unit_code from registry_organisation").query(String.class).list();
        long agencies = registry.countOrganisations(OrganisationKind.AGENCY, units, LocalDate.of(2020, 6, 1))
                + registry.countOrganisations(OrganisationKind.UNIT, units, LocalDate.of(2020, 6, 1));
        assertThat(agencies).isGreaterThanOrEqualTo(85);
    }

    @Test
    void everyRegistryPageOpensForTheAdministrator() throws Exception {
        for (String path : List.of("/registry/households", "/registry/persons", "/registry/duplicates",
                "/registry/organisations", "/registry/places", "/registry/streets", "/registry/imports",
                "/registry/households/new", "/registry/organisations/new", "/registry/households/14812-01-0001",
                "/registry/households/14812-01-0001/member", "/registry/households/14812-01-0001/split",
                "/registry/households/14812-01-0001/move", "/registry/households/14812-01-0001/end",
                "/registry/households/14812-01-0001/edit")) {
            mvc.perform(get(path).with(httpBasic("admin", "chungsuc"))).andExpect(status().isOk());
        }
        mvc.perform(get("/registry/households").param("lang", "en").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk());
    }

    @Test
    void aMemberCannotBeMovedIntoAHouseholdOfAnotherCommune() throws Exception {
        // Today: a member (not the head) of a Ba Đình household, and a household of Quang Trung, which badinh
        // does not manage. The move is refused as if the household did not exist, and nothing changes.
        record Member(String code, long personId) {
        }
        Member m = jdbc.sql("""
                select h.code, m.person_id from registry_membership m join registry_household h on h.id = m.household_id
                join registry_household_location l on l.household_id = h.id
                where l.area_code like '14812-%' and l.valid_to is null and m.valid_to is null and h.ended_on is null
                  and m.relation <> 'HEAD' order by h.code desc limit 1""")
                .query((rs, i) -> new Member(rs.getString(1), rs.getLong(2))).single();
        String quangTrung = jdbc.sql("""
                select h.code from registry_household h join registry_household_location l on l.household_id = h.id
                where l.area_code like '14824-%' and l.valid_to is null and h.ended_on is null order by h.code limit 1""")
                .query(String.class).single();
        String memberships = "select count(*) || ':' || count(valid_to) from registry_membership where person_id = :p";
        String before = jdbc.sql(memberships).param("p", m.personId()).query(String.class).single();
        String page = mvc.perform(post("/registry/households/" + m.code() + "/members/" + m.personId() + "/leave")
                        .with(csrf()).with(httpBasic("badinh", "chungsuc"))
                        .param("reason", "MOVED").param("on", Dates.show(today.date()))
                        .param("toHouseholdCode", quangTrung).param("toRelation", "OTHER"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Không có hộ mã “" + quangTrung + "”");
        assertThat(jdbc.sql(memberships).param("p", m.personId()).query(String.class).single()).isEqualTo(before);
    }
}
