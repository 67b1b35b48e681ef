package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.RegistryFiles.Families;
import vn.chungsuc.registry.RegistryFiles.Person;

/**
 * Import through the API: a good file imports (after a dry run that saves nothing), a file with one bad row among
 * many imports nothing and names that row and column, and importing the same file again updates rather than
 * duplicates. Each test uses its own household codes and CCCD serials.
 */
@IntegrationTest
class RegistryImportIntegrationTest {

    static final List<String> AREAS = List.of("14812-05", "14812-06", "14812-07");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private ResultActions post(Path file, boolean dryRun, String user) throws Exception {
        String name = file.getFileName().toString().endsWith(".csv") ? "nhap.csv" : "nhap.xlsx";
        return mvc.perform(multipart("/api/v1/registry/imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", Files.readAllBytes(file)))
                .param("dryRun", String.valueOf(dryRun)).with(httpBasic(user, "chungsuc")));
    }

    private long households(String prefix) {
        return jdbc.sql("select count(*) from registry_household where code like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    private long persons(String prefix) {
        return jdbc.sql("""
                select count(distinct m.person_id) from registry_membership m
                join registry_household h on h.id = m.household_id where h.code like :p and m.valid_to is null""")
                .param("p", prefix + "%").query(Long.class).single();
    }

    @Test
    void aGoodFileImportsAfterADryRunThatSavesNothing() throws Exception {
        Families f = RegistryFiles.families("IMP-A-", AREAS, 40, 900_000, 1);
        Path file = RegistryFiles.xlsx(f.households(), f.persons());
        String dry = post(file, true, "admin").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(dry, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(dry, "$.householdsAdded")).isEqualTo(40);
        assertThat((Integer) JsonPath.read(dry, "$.personsAdded")).isEqualTo(f.persons().size());
        assertThat(households("IMP-A-")).isZero();

        String real = post(file, false, "admin").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(real, "$.householdsAdded")).isEqualTo(40);
        assertThat(households("IMP-A-")).isEqualTo(40);
        assertThat(persons("IMP-A-")).isEqualTo(f.persons().size());
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'IMPORT' and summary like '%thêm 40 hộ%'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void importingTheSameFileAgainUpdatesAndNeverDuplicates() throws Exception {
        Families f = RegistryFiles.families("IMP-B-", AREAS, 25, 910_000, 2);
        post(RegistryFiles.xlsx(f.households(), f.persons()), false, "admin").andExpect(status().isOk());
        long persons = persons("IMP-B-");

        String again = post(RegistryFiles.xlsx(f.households(), f.persons()), false, "admin")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(again, "$.householdsAdded")).isZero();
        assertThat((Integer) JsonPath.read(again, "$.personsAdded")).isZero();
        assertThat((Integer) JsonPath.read(again, "$.personsUpdated")).isZero();
        assertThat(households("IMP-B-")).isEqualTo(25);
        assertThat(persons("IMP-B-")).isEqualTo(persons);

        // A corrected name and a child without a CCCD: updated in place, matched on CCCD / on name and birth date.
        List<Person> changed = new ArrayList<>(f.persons());
        changed.set(0, changed.get(0).withName("Nguyễn Văn Sửa Tên"));
        changed.set(2, changed.get(2).withCccd(""));
        String third = post(RegistryFiles.xlsx(f.households(), changed), false, "admin")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(third, "$.personsAdded")).isZero();
        assertThat((Integer) JsonPath.read(third, "$.personsUpdated")).isEqualTo(1);
        assertThat(persons("IMP-B-")).isEqualTo(persons);
        assertThat(jdbc.sql("select count(*) from registry_person where full_name = 'Nguyễn Văn Sửa Tên'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneBadRowAmongTwoThousandHouseholdsImportsNothingAndNamesTheRowAndColumn() throws Exception {
        Families f = RegistryFiles.families("IMP-C-", AREAS, 2000, 920_000, 3);
        List<Person> persons = new ArrayList<>(f.persons());
        int bad = 4321;
        Person p = persons.get(bad);
        // The same number with the sex digit of the other sex.
        String cccd = p.cccd();
        char sexDigit = cccd.charAt(3);
        String wrong = cccd.substring(0, 3) + (char) (sexDigit ^ 1) + cccd.substring(4);
        persons.set(bad, p.withCccd(wrong));
        String body = post(RegistryFiles.xlsx(f.households(), persons), false, "admin")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("REJECTED");
        assertThat((Integer) JsonPath.read(body, "$.errorCount")).isEqualTo(1);
        assertThat((String) JsonPath.read(body, "$.errors[0].sheet")).isEqualTo("Nhân khẩu");
        assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(bad + 2);
        assertThat((String) JsonPath.read(body, "$.errors[0].column")).isEqualTo("E (Số CCCD)");
        assertThat((String) JsonPath.read(body, "$.errors[0].message")).contains("Chữ số thứ tư");
        assertThat(households("IMP-C-")).isZero();
    }

    @Test
    void aCitizenIdHeldInAnotherHouseholdIsRefusedNamingThatHousehold() throws Exception {
        String held = jdbc.sql("""
                select p.citizen_id || '|' || h.code || '|' || p.full_name || '|' || p.sex || '|'
                       || to_char(p.birth_date, 'DD/MM/YYYY')
                from registry_person p
                join registry_membership m on m.person_id = p.id and m.valid_to is null
                join registry_household h on h.id = m.household_id
                where p.citizen_id is not null and h.code like '14812-01-%' and m.relation <> 'HEAD'
                order by p.id limit 1""")
                .query(String.class).single();
        String[] h = held.split("\\|");
        String cccd = h[0];
        Families f = RegistryFiles.families("IMP-D-", AREAS, 3, 930_000, 4);
        List<Person> persons = new ArrayList<>(f.persons());
        Person other = persons.get(1);
        persons.set(1, new Person(other.household(), h[2], h[3].equals("MALE") ? "Nam" : "Nữ", h[4], cccd, "Kinh",
                "Con", ""));
        String body = post(RegistryFiles.xlsx(f.households(), persons), true, "admin")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Số CCCD " + cccd + " đã thuộc nhân khẩu " + h[2] + " của hộ " + h[1]);
    }

    @Test
    void manyKindsOfBadRowsAreAllListedWithVietnameseMessages() throws Exception {
        Families f = RegistryFiles.families("IMP-E-", AREAS, 4, 940_000, 5);
        List<RegistryFiles.Household> hs = new ArrayList<>(f.households());
        hs.add(new RegistryFiles.Household("IMP-E-000004", "14812-05", "", ""));
        hs.add(new RegistryFiles.Household("IMP-E-000099", "99999-01", "", "32/13/2020"));
        List<Person> persons = new ArrayList<>(f.persons());
        persons.add(new Person("IMP-E-000077", "Trần Thị B", "Nữ", "01/01/1990", "", "", "Con", ""));
        persons.add(new Person("IMP-E-000001", "Lê Văn C", "Không rõ", "01/01/1990", "", "", "Chủ hộ", "123"));
        String body = post(RegistryFiles.xlsx(hs, persons), true, "admin")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Không có khu dân cư (đơn vị) mã “99999-01”", "“32/13/2020” không phải ngày hợp lệ",
                "Giới tính “Không rõ” không hợp lệ", "Số điện thoại gồm 10 chữ số");
        assertThat((Integer) JsonPath.read(body, "$.errorCount")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anOfficerCannotImportIntoAnotherCommune() throws Exception {
        Families f = RegistryFiles.families("IMP-F-", List.of("14824-01"), 2, 950_000, 6);
        String body = post(RegistryFiles.xlsx(f.households(), f.persons()), true, "badinh")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("nằm ngoài phạm vi quản lý của bạn");
    }

    @Test
    void twoCsvFilesImportLikeTheWorkbook() throws Exception {
        Families f = RegistryFiles.families("IMP-G-", AREAS, 5, 960_000, 7);
        Path households = RegistryFiles.csv(RegistryFiles.HOUSEHOLD_TITLES, RegistryFiles.householdRows(f.households()));
        Path persons = RegistryFiles.csv(RegistryFiles.PERSON_TITLES, RegistryFiles.personRows(f.persons()));
        String body = mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "ho.csv", "text/csv", Files.readAllBytes(households)))
                        .file(new MockMultipartFile("file", "nhan-khau.csv", "text/csv", Files.readAllBytes(persons)))
                        .param("dryRun", "false").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.householdsAdded")).isEqualTo(5);
        assertThat(persons("IMP-G-")).isEqualTo(f.persons().size());
    }
}
