package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Issue 18, hole 6: a household that moved from Ba Đình to Quang Trung. Ba Đình's officer reads its time in Ba Đình
 * (members, the place there) but not its current address, CCCDs, phones or the place it moved to, on the API and on
 * the page alike; Quang Trung's officer reads everything.
 */
@IntegrationTest
class MovedHouseholdIntegrationTest {

    static final String CODE = "HS18-M1";

    @Autowired MockMvc mvc;
    @Autowired HouseholdCommands commands;

    private String get(String path, String user) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(httpBasic(user, "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private synchronized void movedHousehold() {
        if (commands == null || registered) {
            return;
        }
        String cccd = SyntheticPeople.citizenId("038", Sex.MALE, 1961, 982_501);
        commands.register(new Forms.NewHousehold(CODE, "14812-05", "Số 7, phố Trần Phú", "01/03/2020",
                "Đào Văn Chuyển", "MALE", "01/02/1961", cccd, "Kinh", "0912000501"), UnitScope.ALL);
        commands.move(CODE, new Forms.Move("14824-01", "Thôn Mới, số 99", "01/06/2024"), UnitScope.ALL);
        registered = true;
    }

    private static boolean registered;

    @Test
    void theOldCommuneReadsTheHistoryButNoCurrentPersonalData() throws Exception {
        movedHousehold();
        String cccd = SyntheticPeople.citizenId("038", Sex.MALE, 1961, 982_501);
        String old = get("/api/v1/households/" + CODE + "?asOf=2024-01-01", "badinh");
        assertThat((String) JsonPath.read(old, "$.unitCode")).isEqualTo("14812-05");
        assertThat((String) JsonPath.read(old, "$.address")).isNull();
        assertThat((List<Object>) JsonPath.read(old, "$.members[*].citizenId")).containsOnlyNulls();
        assertThat((List<Object>) JsonPath.read(old, "$.members[*].phone")).containsOnlyNulls();
        assertThat((List<String>) JsonPath.read(old, "$.places[*].unitCode")).containsExactly("14812-05");
        assertThat(old).doesNotContain("14824", "Thôn Mới", cccd, "0912000501");
        // After the move, nothing at all.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/households/" + CODE).param("asOf", "2024-08-01").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isNotFound());
        // The page agrees with the API.
        String page = get("/registry/households/" + CODE + "?asOf=01/01/2024", "badinh");
        page = page.substring(page.indexOf("<main"));
        assertThat(page).contains("id=\"moved-away\"", "Đào Văn Chuyển")
                .doesNotContain("14824-01", "Thôn Mới", cccd, "0912000501");
        // The commune it lives in now reads everything.
        String now = get("/api/v1/households/" + CODE, "quangtrung");
        assertThat(now).contains("Thôn Mới", cccd);
        assertThat((List<String>) JsonPath.read(now, "$.places[*].unitCode")).containsExactly("14812-05", "14824-01");
        assertThat(get("/registry/households/" + CODE, "quangtrung")).doesNotContain("id=\"moved-away\"");
    }
}
