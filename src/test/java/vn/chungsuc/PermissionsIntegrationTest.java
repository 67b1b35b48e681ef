package vn.chungsuc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;

/**
 * The permission tables on real endpoints with the demo logins: each department acts on its own work, identifiers
 * are masked to those who do not need them and showing them is audited, menus follow the tables, the new posts
 * sign in, and the bodies of Bỉm Sơn change on 1/7/2025.
 */
@IntegrationTest
class PermissionsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Bodies bodies;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theCultureOfficerMayNotOpenAPovertyRoundNorTheLabourOfficerAFamilyRound() throws Exception {
        mvc.perform(post("/poverty/rounds").with(httpBasic("vhtt", "chungsuc")).with(csrf())
                .param("commune", "14812").param("year", "2024")).andExpect(status().isForbidden());
        mvc.perform(post("/recognition/rounds/14812-01/2024/open").with(httpBasic("ldtbxh", "chungsuc"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/registry/households/X/split").with(httpBasic("mttq", "chungsuc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/registry/households/X/end").with(httpBasic("kp1badinh", "chungsuc")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void menusFollowThePermissions() throws Exception {
        String culture = page("/", "vhtt");
        assertThat(culture).contains("href=\"/recognition/rounds\"").doesNotContain("href=\"/poverty/households\"");
        String labour = page("/", "ldtbxh");
        assertThat(labour).contains("href=\"/poverty/households\"").doesNotContain("href=\"/recognition/rounds\"");
        assertThat(page("/", "badinh")).doesNotContain("href=\"/admin/users\"");
        assertThat(page("/", "admin")).contains("href=\"/admin/users\"", "href=\"/admin/units/import\"");
    }

    @Test
    void theNewPostsSignIn() throws Exception {
        for (String user : List.of("tinh", "hoiphunu", "bctmkp1badinh")) {
            assertThat(page("/", user)).contains(user);
        }
    }

    @Test
    void identifiersAreMaskedToTheFrontAndShownInFullToTheCommuneAndAuditedWhenShown() throws Exception {
        String code = jdbc.sql("""
                select h.code from registry_household h join registry_household_location l on l.household_id = h.id
                join registry_membership m on m.household_id = h.id join registry_person p on p.id = m.person_id
                where l.area_code like '14812-%' and l.valid_to is null and m.valid_to is null
                  and p.citizen_id is not null order by h.code limit 1""").query(String.class).single();
        JsonNode full = member(code, "badinh");
        String cccd = full.get("citizenId").asText();
        assertThat(cccd).matches("\\d{12}");
        JsonNode masked = member(code, "mttq");
        assertThat(masked.get("citizenId").asText())
                .isEqualTo(cccd.charAt(0) + "*********" + cccd.substring(10));
        assertThat(page("/registry/households/" + code, "mttq")).doesNotContain(cccd);
        assertThat(page("/registry/households/" + code, "badinh")).contains(cccd);

        long person = full.get("personId").asLong();
        assertThat(page("/registry/persons/" + person, "mttq")).doesNotContain(cccd).contains("id=\"reveal\"");
        long before = reveals(person);
        var shown = mvc.perform(post("/registry/persons/" + person + "/reveal").with(httpBasic("mttq", "chungsuc"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(reveals(person)).isEqualTo(before + 1);
        String after = mvc.perform(get("/registry/persons/" + person).with(httpBasic("mttq", "chungsuc"))
                        .flashAttr("revealed", Boolean.TRUE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains(cccd);
        assertThat(shown.getFlashMap().get("revealed")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void bimSonsSevenDepartmentsEndOn30June2025AndTheNewWardsHaveTheirOffices() {
        List<Body> town2020 = bodies.of("381", LocalDate.of(2020, 1, 1));
        assertThat(town2020.stream().filter(b -> b.kind() == BodyKind.GOVERNMENT)).hasSize(7);
        assertThat(town2020.stream().filter(b -> b.kind() == BodyKind.FRONT_MEMBER)).hasSize(5);
        assertThat(bodies.of("381", LocalDate.of(2025, 6, 30))).hasSize(13);
        assertThat(bodies.of("381", LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(bodies.of("38-BS", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(bodies.of("38-BS", LocalDate.of(2025, 7, 1))).extracting(Body::name)
                .contains("Văn phòng HĐND và UBND phường Bỉm Sơn", "Phòng Văn hóa – Xã hội phường Bỉm Sơn",
                        "Ủy ban MTTQ Việt Nam phường Bỉm Sơn", "Hội Liên hiệp Phụ nữ phường Bỉm Sơn");
        assertThat(bodies.of("14812-01", LocalDate.of(2024, 1, 1))).extracting(Body::kind)
                .containsExactly(BodyKind.AREA_FRONT_COMMITTEE);
    }

    @Test
    void thePersonsWorkbookMasksIdentifiersForTheFrontAndNotForTheCommune() throws Exception {
        assertThat(fullIdentifiers("badinh")).isPositive();
        assertThat(fullIdentifiers("mttq")).isZero();
    }

    private long fullIdentifiers(String user) throws Exception {
        byte[] xlsx = mvc.perform(get("/registry/persons/export").param("unit", "14812-01")
                        .with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        long full = 0;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().matches("\\d{12}")) {
                        full++;
                    }
                }
            }
        }
        return full;
    }

    @Test
    void theAdministratorAddsABodyAndEndsItOnlyWhenHeConfirms() throws Exception {
        mvc.perform(get("/admin/bodies").param("unit", "381").with(httpBasic("vhtt", "chungsuc")))
                .andExpect(status().isForbidden());
        assertThat(page("/admin/bodies?unit=381&on=01/01/2020", "admin"))
                .contains("Phòng Văn hóa và Thông tin thị xã Bỉm Sơn", "Hội Cựu chiến binh thị xã Bỉm Sơn");
        var refused = mvc.perform(post("/admin/bodies").with(httpBasic("admin", "chungsuc")).with(csrf())
                        .param("unit", "38-QT").param("code", "sai mã").param("name", "Thử").param("kind", "GOVERNMENT")
                        .param("validFrom", "01/07/2025")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("error").toString()).contains("không hợp lệ");
        mvc.perform(post("/admin/bodies").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("unit", "38-QT").param("code", "38-QT-TP").param("name", "Tổ Tư pháp phường Quang Trung")
                .param("kind", "GOVERNMENT").param("functions", "JUSTICE").param("validFrom", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(bodies.find("38-QT-TP")).get().satisfies(b -> {
            assertThat(b.functions()).containsExactly(vn.chungsuc.shared.permission.Function.JUSTICE);
            assertThat(b.validTo()).isNull();
        });
        var unconfirmed = mvc.perform(post("/admin/bodies/38-QT-TP/end").with(httpBasic("admin", "chungsuc"))
                .with(csrf()).param("endOn", "01/01/2026")).andReturn();
        assertThat(unconfirmed.getFlashMap().get("error").toString()).contains("xác nhận");
        assertThat(bodies.find("38-QT-TP").orElseThrow().validTo()).isNull();
        mvc.perform(post("/admin/bodies/38-QT-TP/end").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("endOn", "01/01/2026").param("confirmed", "true")).andExpect(status().is3xxRedirection());
        assertThat(bodies.find("38-QT-TP").orElseThrow().validTo()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'territory.body'"
                + " and entity_id = '38-QT-TP'").query(Long.class).single()).isEqualTo(2);
    }

    private long reveals(long person) {
        return jdbc.sql("select count(*) from shared_audit_entry where action = 'REVEAL' and entity_id = ?")
                .param(String.valueOf(person)).query(Long.class).single();
    }

    private JsonNode member(String household, String user) throws Exception {
        String body = mvc.perform(get("/api/v1/households/" + household).with(httpBasic(user, "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode m : json.readTree(body).get("members")) {
            if (m.hasNonNull("citizenId")) {
                return m;
            }
        }
        throw new AssertionError("no member with a CCCD in " + household);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
