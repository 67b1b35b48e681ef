package vn.chungsuc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.domain.EthnicGroups;

/**
 * Issue 18, hole 13: each free-text field has a length, names refuse bidi and control characters, dates a range,
 * and the ethnic group is one of the official 54 (or foreigner, unknown), read by name or code, accents aside.
 */
@IntegrationTest
class FieldValidationIntegrationTest {

    private static final String RLO = "\u202E";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EthnicGroups ethnicGroups;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private MockHttpServletResponse organisation(String name, String address, String establishedOn) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"unitCode\":\"14812\",\"address\":\"" + address
                + "\"" + (establishedOn == null ? "" : ",\"establishedOn\":\"" + establishedOn + "\"") + "}";
        return call(post("/api/v1/organisations").with(httpBasic("badinh", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anOrganisationFoundedIn9999OrWithABidiNameOrAHugeAddressIsRefusedAndNotSaved() throws Exception {
        long before = count("registry_organisation");
        for (String day : new String[] {"9999-12-31", "2099-12-31", "1930-01-01"}) {
            var founded = organisation("Trường Kiểm Tra", "Số 1", day);
            assertThat(founded.getStatus()).as(day).isEqualTo(400);
            assertThat(founded.getContentAsString(StandardCharsets.UTF_8)).as(day).contains("establishedOn");
        }
        assertThat(organisation("Trường Kiểm Tra", "Số 1", "2099-12-31").getContentAsString(StandardCharsets.UTF_8))
                .contains("02/09/1945");
        var bidi = organisation("Trường " + RLO + "gnaT", "Số 1", "2000-01-01");
        assertThat(bidi.getStatus()).isEqualTo(400);
        assertThat(bidi.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"name\"");
        var huge = organisation("Trường Kiểm Tra", "x".repeat(1_000_000), "2000-01-01");
        assertThat(huge.getStatus()).isEqualTo(400);
        assertThat(huge.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"address\"", "500");
        assertThat(count("registry_organisation")).isEqualTo(before);
    }

    @Test
    void aUnitNameOfAMegabyteABidiNameOrAVersionFarAheadIsRefused() throws Exception {
        long before = count("territory_unit_version");
        for (String[] c : new String[][] {{"x".repeat(1_000_000), "2020-01-01", "name"},
                {"Khu " + RLO + "1", "2020-01-01", "name"}, {"Khu 99", "+999999999-12-31", "validFrom"},
                {"Khu 99", "9999-12-31", "validFrom"}, {"Khu 99", "1800-01-01", "validFrom"}}) {
            var r = call(post("/api/v1/units").with(httpBasic("admin", "chungsuc"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"14812-99\",\"name\":\"" + c[0]
                            + "\",\"type\":\"QUARTER\",\"parentCode\":\"14812\",\"validFrom\":\"" + c[1] + "\"}"));
            assertThat(r.getStatus()).as(c[2] + " " + c[1]).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(c[1]).contains(c[2]);
        }
        var rename = call(post("/api/v1/units/14812/rename").with(httpBasic("admin", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ba " + RLO + "Đình\",\"effectiveOn\":\"2024-01-01\"}"));
        assertThat(rename.getStatus()).isEqualTo(400);
        assertThat(count("territory_unit_version")).isEqualTo(before);
    }

    @Test
    void aHouseholdWithAnOverlongAddressABlankNameOrAnUnknownEthnicGroupIsTheFormAgain() throws Exception {
        long before = count("registry_household");
        String[][] cases = {{"a".repeat(501), "Nguyễn Văn Dài", "Kinh", "address"},
                {"Số 1", "   ", "Kinh", "fullName"}, {"Số 1", "Nguyễn Văn " + RLO + "A", "Kinh", "fullName"},
                {"Số 1", "Nguyễn Văn A", "Klingon", "Klingon"}};
        for (String[] c : cases) {
            var r = call(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                    .param("code", "HS18-V13").param("areaCode", "14812-05").param("address", c[0])
                    .param("startedOn", "01/01/2020").param("fullName", c[1]).param("sex", "MALE")
                    .param("birthDate", "01/01/1960").param("ethnicity", c[2]));
            assertThat(r.getStatus()).as(c[3]).isEqualTo(200);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(c[3]).contains("is-invalid")
                    .doesNotContain("Exception");
        }
        assertThat(count("registry_household")).isEqualTo(before);
    }

    @Test
    void theEthnicGroupIsReadByNameOrCodeAccentsAsideAndSavedByItsName() throws Exception {
        assertThat(ethnicGroups.all()).hasSize(56);
        assertThat(ethnicGroups.all().stream().filter(EthnicGroups.Group::official)).hasSize(54);
        assertThat(ethnicGroups.canonical("hmong")).contains("Mông");
        assertThat(ethnicGroups.canonical("H'Mông")).contains("Mông");
        assertThat(ethnicGroups.canonical("08")).contains("Mông");
        assertThat(ethnicGroups.canonical("1")).contains("Kinh");
        assertThat(ethnicGroups.canonical("KHO ME")).contains("Khơ-me");
        assertThat(ethnicGroups.canonical("54")).contains("Rơ-măm");
        assertThat(ethnicGroups.canonical("Klingon")).isEmpty();
        assertThat(ethnicGroups.canonical("55")).isEmpty();
        var r = call(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                .param("code", "HS18-ETH").param("areaCode", "14812-05").param("address", "Số 2")
                .param("startedOn", "01/01/2020").param("fullName", "Giàng A Páo").param("sex", "MALE")
                .param("birthDate", "01/01/1970").param("ethnicity", "hmong"));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select p.ethnicity from registry_person p join registry_membership m on m.person_id = p.id
                        join registry_household h on h.id = m.household_id where h.code = 'HS18-ETH'""")
                .query(String.class).single()).isEqualTo("Mông");
        String form = call(get("/registry/households/new").with(httpBasic("badinh", "chungsuc")))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<select id=\"ethnicity\"", "08 – Mông", "54 – Rơ-măm", "Không xác định");
    }
}
