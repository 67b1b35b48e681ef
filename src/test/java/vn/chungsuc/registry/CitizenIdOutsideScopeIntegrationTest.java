package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.RegistryFiles.Families;
import vn.chungsuc.registry.RegistryFiles.Person;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Issue 18, hole 2: a CCCD that belongs to a person outside the officer's units is refused without naming that
 * person or household, on the member form and in an import's dry run; the officer of the commune that holds the
 * person reads who holds it.
 */
@IntegrationTest
class CitizenIdOutsideScopeIntegrationTest {

    static final String ELSEWHERE = "đã được đăng ký cho một nhân khẩu ở đơn vị khác";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdCommands commands;

    /** Persons of Quang Trung (current household there) with a CCCD: cccd, name, household, sex, birth. */
    private List<Map<String, Object>> quangTrungPersons(int count) {
        return jdbc.sql("""
                select p.citizen_id, p.full_name, h.code, p.sex, to_char(p.birth_date, 'DD/MM/YYYY') as birth
                from registry_person p
                join registry_membership m on m.person_id = p.id and m.valid_to is null
                join registry_household h on h.id = m.household_id
                join registry_household_location l on l.household_id = h.id and l.valid_to is null
                where p.citizen_id is not null and p.died_on is null and l.area_code like '14824-%'
                  and m.relation <> 'HEAD'
                order by p.id limit :n""").param("n", count).query().listOfRows();
    }

    @Test
    void theMemberFormDoesNotNameAHolderOfAnotherCommune() throws Exception {
        commands.register(new Forms.NewHousehold("HS18-A1", "14812-05", "Số 1, phố Trần Phú", "01/03/2020",
                "Trương Văn Mười", "MALE", "01/02/1960", SyntheticPeople.citizenId("038", Sex.MALE, 1960, 982_001),
                "Kinh", ""), UnitScope.ALL);
        Map<String, Object> holder = quangTrungPersons(1).get(0);
        String html = mvc.perform(post("/registry/households/HS18-A1/member").with(csrf())
                        .with(httpBasic("badinh", "chungsuc")).param("fullName", (String) holder.get("full_name"))
                        .param("sex", (String) holder.get("sex")).param("birthDate", (String) holder.get("birth"))
                        .param("citizenId", (String) holder.get("citizen_id")).param("ethnicity", "Kinh")
                        .param("phone", "").param("relation", "CHILD").param("joinedBy", "MOVED_IN")
                        .param("on", "01/04/2024"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String form = html.substring(html.indexOf("<main"));
        assertThat(form).contains("Số CCCD " + holder.get("citizen_id") + " " + ELSEWHERE)
                .doesNotContain("đã thuộc nhân khẩu", (String) holder.get("code"));
        assertThat(jdbc.sql("select count(*) from registry_membership m join registry_household h on h.id = "
                + "m.household_id where h.code = 'HS18-A1'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anImportDryRunNamesNoHolderOutsideTheScope() throws Exception {
        List<Map<String, Object>> holders = quangTrungPersons(5);
        Families f = RegistryFiles.families("HS18-I-", List.of("14812-05", "14812-06"), 5, 982_100, 18);
        List<Person> persons = new ArrayList<>(f.persons());
        int at = 0;
        for (int i = 0; i < persons.size() && at < holders.size(); i++) {
            Person p = persons.get(i);
            if (!p.relation().equals("Con")) {
                continue;
            }
            Map<String, Object> h = holders.get(at++);
            persons.set(i, new Person(p.household(), (String) h.get("full_name"),
                    "MALE".equals(h.get("sex")) ? "Nam" : "Nữ", (String) h.get("birth"),
                    (String) h.get("citizen_id"), "Kinh", "Con", ""));
        }
        Path file = RegistryFiles.xlsx(f.households(), persons);
        String body = mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "nhap.xlsx", "application/octet-stream",
                                Files.readAllBytes(file)))
                        .param("dryRun", "true").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(at).isPositive();
        assertThat(body).contains(ELSEWHERE).doesNotContain("đã thuộc nhân khẩu");
        for (int i = 0; i < at; i++) {
            assertThat(body).doesNotContain((String) holders.get(i).get("code"));
        }
        // The commune that holds them is told who holds each number.
        String own = mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "nhap.xlsx", "application/octet-stream",
                                Files.readAllBytes(file)))
                        .param("dryRun", "true").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("đã thuộc nhân khẩu", (String) holders.get(0).get("code"));
    }
}
