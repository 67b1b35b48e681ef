package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;

/** The acceptance figures of issue 2 through the JSON API, signed in with the demo logins over HTTP Basic. */
@IntegrationTest
class UnitsApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void bimSonHadSixWardsAndTwoCommunesInOctober2017() throws Exception {
        JsonNode children = getJson("admin", "/api/v1/units/381/children?asOf=2017-10-09");
        assertThat(codes(children)).containsExactlyInAnyOrder(
                "14809", "14812", "14815", "14818", "14821", "14823", "14824", "14827");
        assertThat(children).filteredOn(c -> c.get("type").asString().equals("WARD")).hasSize(6);
        assertThat(children).filteredOn(c -> c.get("type").asString().equals("COMMUNE"))
                .extracting(c -> c.get("fullName").asString()).containsExactlyInAnyOrder("Xã Hà Lan", "Xã Quang Trung");
    }

    @Test
    void afterHaLanMergedIntoDongSonBimSonHadSevenUnits() throws Exception {
        JsonNode children = getJson("admin", "/api/v1/units/381/children?asOf=2024-01-01");
        assertThat(children).hasSize(7);
        assertThat(codes(children)).doesNotContain("14827");
    }

    @Test
    void theTownNoLongerExistsFromTheFirstOfJuly2025() throws Exception {
        MvcResult gone = call("admin", "/api/v1/units/381?asOf=2025-07-01");
        assertThat(gone.getResponse().getStatus()).isEqualTo(404);
        assertThat(gone.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(gone.getResponse().getContentAsString()).get("detail").asString()).contains("381");

        JsonNode lastDay = getJson("admin", "/api/v1/units/381?asOf=2025-06-30");
        assertThat(lastDay.get("fullName").asString()).isEqualTo("Thị xã Bỉm Sơn");
        assertThat(lastDay.get("validTo").asString()).isEqualTo("2025-07-01");
    }

    @Test
    void baDinhListsPhuongBimSonAmongItsSuccessors() throws Exception {
        JsonNode baDinh = getJson("admin", "/api/v1/units/14812?asOf=2017-10-09");
        assertThat(baDinh.get("name").asString()).isEqualTo("Ba Đình");
        assertThat(baDinh.get("type").asString()).isEqualTo("WARD");
        assertThat(baDinh.get("parentCode").asString()).isEqualTo("381");
        assertThat(baDinh.get("validFrom").asString()).isEqualTo("2015-01-01");
        assertThat(baDinh.get("successors")).extracting(s -> s.get("fullName").asString()).contains("Phường Bỉm Sơn");
    }

    @Test
    void theNewWardsAreMadeOfTheOldOnesAndHoldTheirResidentialAreas() throws Exception {
        JsonNode bimSon = getJson("admin", "/api/v1/units/38-BS?asOf=2025-07-01");
        assertThat(bimSon.get("parentCode").asString()).isEqualTo("38");
        assertThat(codes(bimSon.get("predecessors"))).containsExactlyInAnyOrder("14812", "14815", "14821");
        // Ba Đình 11 + Lam Sơn 9 + Đông Sơn 12 (6 of its own, 6 from Hà Lan).
        assertThat(getJson("admin", "/api/v1/units/38-BS/children?asOf=2025-07-01")).hasSize(32);
        JsonNode quangTrung = getJson("admin", "/api/v1/units/38-QT?asOf=2025-07-01");
        assertThat(codes(quangTrung.get("predecessors")))
                .containsExactlyInAnyOrder("14809", "14818", "14823", "14824");
        // Bắc Sơn 8 + Ngọc Trạo 8 + Phú Sơn 6 + xã Quang Trung 11.
        assertThat(getJson("admin", "/api/v1/units/38-QT/children?asOf=2025-07-01")).hasSize(33);
        assertThat(call("admin", "/api/v1/units/38-BS?asOf=2025-06-30").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void bimSonHad48KhuPhoAnd17ThonOrXomIn2017() throws Exception {
        int quarters = 0;
        int villages = 0;
        for (JsonNode commune : getJson("admin", "/api/v1/units/381/children?asOf=2017-10-09")) {
            for (JsonNode area : getJson("admin", "/api/v1/units/" + commune.get("code").asString()
                    + "/children?asOf=2017-10-09")) {
                String type = area.get("type").asString();
                if (type.equals("QUARTER")) {
                    quarters++;
                } else if (type.equals("VILLAGE") || type.equals("HAMLET")) {
                    villages++;
                }
            }
        }
        assertThat(quarters).isEqualTo(48);
        assertThat(villages).isEqualTo(17);
    }

    @Test
    void dongSonHasTwelveKhuPhoOnceHaLansThonJoinedIt() throws Exception {
        assertThat(getJson("admin", "/api/v1/units/14821/children?asOf=2017-10-09")).hasSize(6);
        JsonNode after = getJson("admin", "/api/v1/units/14821/children?asOf=2024-01-01");
        assertThat(after).hasSize(12).allSatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("QUARTER"));
        assertThat(after).extracting(a -> a.get("fullName").asString())
                .contains("Khu phố Điền Lư", "Khu phố Đoài Thôn", "Khu phố Xuân Nội", "Khu phố 3");
        JsonNode haLan = getJson("admin", "/api/v1/units/14827?asOf=2017-10-09");
        assertThat(haLan.get("validTo").asString()).isEqualTo("2019-12-01");
        assertThat(codes(haLan.get("successors"))).containsExactly("14821");
    }

    @Test
    void aResidentialAreaKeepsItsCodeAndGetsAVersionForEachMove() throws Exception {
        JsonNode versions = getJson("admin", "/api/v1/units/14827-01/versions");
        assertThat(versions).extracting(v -> v.get("fullName").asString() + " / " + v.get("parentCode").asString())
                .containsExactly("Thôn Điền Lư / 14827", "Khu phố Điền Lư / 14821", "Khu phố Điền Lư / 38-BS");
    }

    @Test
    void searchFindsNamesWithoutDiacriticsAndShowsWhereTheyAre() throws Exception {
        JsonNode page = getJson("admin", "/api/v1/units?q=dong son&asOf=2017-10-09&size=100");
        JsonNode dongSon = null;
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asString().equals("14821")) {
                dongSon = item;
            }
        }
        assertThat(dongSon).isNotNull();
        assertThat(dongSon.get("ancestors")).extracting(a -> a.get("fullName").asString())
                .containsExactly("Việt Nam", "Tỉnh Thanh Hóa", "Thị xã Bỉm Sơn");
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(page.get("items").size());
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() throws Exception {
        MvcResult bad = call("admin", "/api/v1/units/381?asOf=31/02/2017");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("asOf");
    }

    @Test
    void withoutSigningInTheApiAnswers401() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/units/381")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void theBaDinhOfficerSeesHisWardButNotQuangTrungNorTheTown() throws Exception {
        assertThat(call("badinh", "/api/v1/units/14812?asOf=2017-10-09").getResponse().getStatus()).isEqualTo(200);
        assertThat(getJson("badinh", "/api/v1/units/14812/children?asOf=2017-10-09")).hasSize(11);
        assertThat(call("badinh", "/api/v1/units/14824?asOf=2017-10-09").getResponse().getStatus()).isEqualTo(404);
        assertThat(call("badinh", "/api/v1/units/14824-01/versions").getResponse().getStatus()).isEqualTo(404);
        assertThat(call("badinh", "/api/v1/units/381/children?asOf=2017-10-09").getResponse().getStatus())
                .isEqualTo(404);
        JsonNode search = getJson("badinh", "/api/v1/units?q=quang trung&asOf=2017-10-09");
        assertThat(search.get("total").asLong()).isZero();
    }

    @Test
    void theTownListsTheWardsThatTookOverItsTerritoryAsSuccessors() throws Exception {
        JsonNode town = getJson("admin", "/api/v1/units/381?asOf=2025-06-30");
        assertThat(codes(town.get("successors"))).containsExactly("38-BS", "38-QT");
        // The new ward was formed from three wards, not from the town.
        assertThat(codes(getJson("admin", "/api/v1/units/38-BS?asOf=2025-07-01").get("predecessors")))
                .doesNotContain("381");
    }

    @Test
    void haLansThonDoaiBecameKhuPhoDoaiThonAtTheMerger() throws Exception {
        assertThat(getJson("admin", "/api/v1/units/14827-02/versions"))
                .extracting(v -> v.get("fullName").asString() + " / " + v.get("parentCode").asString())
                .containsExactly("Thôn Đoài / 14827", "Khu phố Đoài Thôn / 14821", "Khu phố Đoài Thôn / 38-BS");
        assertThat(getJson("admin", "/api/v1/units/14827/children?asOf=2017-10-09"))
                .extracting(a -> a.get("fullName").asString()).contains("Thôn Đoài", "Thôn Đông")
                .noneMatch(name -> name.endsWith(" Thôn"));
    }

    @Test
    void aBadParameterIsNamedWithWhatItShouldBe() throws Exception {
        MvcResult page = call("admin", "/api/v1/units?q=a&page=abc");
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.get("detail").asString()).contains("“page”", "“abc”", "số nguyên").doesNotContain("Ngày");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("page");

        JsonNode date = json.readTree(call("admin", "/api/v1/units/381?asOf=2017-13-45").getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(date.get("detail").asString()).contains("“asOf”", "yyyy-MM-dd");
    }

    private MvcResult call(String user, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri)
                .with(httpBasic(user, "chungsuc"))).andReturn();
    }

    private JsonNode getJson(String user, String uri) throws Exception {
        MvcResult result = call(user, uri);
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new java.util.ArrayList<>();
        units.forEach(u -> codes.add(u.get("code").asString()));
        return codes;
    }
}
