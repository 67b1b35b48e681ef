package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The administrator's reorganisation screens, one test per operation on the made-up province 97: the preview lists
 * what moves and writes nothing (no version, no lineage, no audit entry), the confirmation makes the change with its
 * audit entry, bad input is refused in Vietnamese with nothing written, and only an administrator opens the screens.
 */
@IntegrationTest
class ReorganisationScreensIntegrationTest {

    static final LocalDate ON = LocalDate.of(2099, 3, 1);
    static final String DATE = "01/03/2099";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Reorganisation reorganisation;
    @Autowired TerritoryApi territory;

    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void madeUpCommunes() {
        MadeUpProvince.remove(jdbc);
        MadeUpProvince.create(reorganisation, territory, "XA", "XB", "XC");
    }

    @AfterEach
    void removeThem() {
        MadeUpProvince.remove(jdbc);
    }

    private long footprint() {
        return jdbc.sql("select (select count(*) from territory_unit_version where code like '97-%')"
                + " + (select count(*) from territory_event_link where from_code like '97-%' or to_code like '97-%')"
                + " + (select count(*) from shared_audit_entry where entity_type = 'territory.unit'"
                + "    and entity_id like '97-%' and action <> 'CREATE')").query(Long.class).single();
    }

    private MvcResult send(MockHttpServletRequestBuilder request, Map<String, String> params) throws Exception {
        params.forEach(request::param);
        return mvc.perform(request.session(session).with(httpBasic("admin", "chungsuc")).with(csrf())).andReturn();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Previews (checking that nothing is written), then confirms; returns the preview page. */
    private String previewThenConfirm(Map<String, String> form) throws Exception {
        long before = footprint();
        MvcResult preview = send(post("/admin/units/changes/preview"), form);
        assertThat(preview.getResponse().getStatus()).as(body(preview)).isEqualTo(200);
        String html = body(preview);
        assertThat(html).contains("id=\"change-result\"", "Chưa có gì được ghi", "id=\"change-confirm\"");
        assertThat(footprint()).as("the preview writes nothing").isEqualTo(before);
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        MvcResult confirm = send(post("/admin/units/changes/confirm"), Map.of("token", token.group(1)));
        assertThat(confirm.getResponse().getStatus()).as(body(confirm)).isEqualTo(302);
        assertThat(footprint()).as("the confirmation writes").isGreaterThan(before);
        // A second confirmation of the same preview does nothing.
        long after = footprint();
        assertThat(send(post("/admin/units/changes/confirm"), Map.of("token", token.group(1))).getResponse()
                .getStatus()).isEqualTo(409);
        assertThat(footprint()).isEqualTo(after);
        return html;
    }

    private void refused(Map<String, String> form, String... messages) throws Exception {
        long before = footprint();
        MvcResult r = send(post("/admin/units/changes/preview"), form);
        assertThat(r.getResponse().getStatus()).isBetween(400, 409);
        assertThat(body(r)).contains("id=\"change-errors\"", "Không có gì được ghi").contains(messages)
                .doesNotContain("id=\"change-confirm\"");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aMergeIntoANewCommuneIsPreviewedWithWhatMovesThenConfirmed() throws Exception {
        String preview = previewThenConfirm(Map.of("op", "MERGE", "sources", "97-XA, 97-XB", "newCode", "97-XN",
                "newName", "Thử Mới", "newType", "COMMUNE", "newParent", "97", "effectiveOn", DATE,
                "legalBasis", "Nghị quyết thử"));
        assertThat(preview).contains("Xã Thử XA", "Thôn 1", "Kết thúc", "Xã Thử Mới",
                // After the merger the namesake villages are told apart by their old commune.
                "Thôn 1 (Thử XA cũ)", "Thôn 1 (Thử XB cũ)", "Đơn vị cấp xã bị ảnh hưởng: 2",
                "Đơn vị khu dân cư bị ảnh hưởng: 4");
        assertThat(territory.find("97-XA", ON, UnitScope.ALL)).isEmpty();
        assertThat(territory.children("97-XN", ON, UnitScope.ALL)).hasSize(4);
        assertThat(territory.find("97-XA-01", ON.minusDays(1), UnitScope.ALL).orElseThrow().parentCode())
                .isEqualTo("97-XA");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'MERGE' and entity_id = '97-XN'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSplitIntoANewAndAnExistingCommune() throws Exception {
        previewThenConfirm(Map.of("op", "SPLIT", "code", "97-XA", "newUnits", "97-XS Thử Tách",
                "assignments", "97-XA-01 97-XS\n97-XA-02 97-XB", "effectiveOn", DATE));
        assertThat(territory.find("97-XA", ON, UnitScope.ALL)).isEmpty();
        assertThat(territory.find("97-XA-01", ON, UnitScope.ALL).orElseThrow().parentCode()).isEqualTo("97-XS");
        assertThat(territory.find("97-XA-02", ON, UnitScope.ALL).orElseThrow().fullName())
                .isEqualTo("Thôn 2 (Thử XA cũ)");
        assertThat(territory.lineage("97-XA").successors()).extracting(UnitRef::code)
                .containsExactlyInAnyOrder("97-XS", "97-XB");
        refused(Map.of("op", "SPLIT", "code", "97-XB", "assignments", "97-XB-01 97-XC", "effectiveOn", "01/06/2099"),
                "chưa được phân chia");
    }

    @Test
    void aRenameWithANewType() throws Exception {
        previewThenConfirm(Map.of("op", "RENAME", "code", "97-XA", "name", "Thử Đổi", "type", "WARD",
                "effectiveOn", DATE));
        assertThat(territory.find("97-XA", ON, UnitScope.ALL).orElseThrow().fullName()).isEqualTo("Phường Thử Đổi");
        assertThat(territory.find("97-XA", ON.minusDays(1), UnitScope.ALL).orElseThrow().fullName())
                .isEqualTo("Xã Thử XA");
    }

    @Test
    void aMoveOfAnAreaToAnotherCommune() throws Exception {
        String preview = previewThenConfirm(Map.of("op", "MOVE", "code", "97-XA-01", "parent", "97-XB",
                "effectiveOn", DATE));
        assertThat(preview).contains("Thôn 1, thuộc Xã Thử XA", "Thôn 1 (Thử XA cũ), thuộc Xã Thử XB");
        assertThat(territory.find("97-XA-01", ON, UnitScope.ALL).orElseThrow().parentCode()).isEqualTo("97-XB");
    }

    @Test
    void aDissolutionAfterItsAreasMoved() throws Exception {
        refused(Map.of("op", "DISSOLVE", "code", "97-XC", "effectiveOn", DATE), "còn 2 đơn vị trực thuộc");
        reorganisation.move("97-XC-01", "97-XB", ON, null, null);
        reorganisation.move("97-XC-02", "97-XB", ON, null, null);
        previewThenConfirm(Map.of("op", "DISSOLVE", "code", "97-XC", "successors", "97-XB", "effectiveOn", DATE));
        assertThat(territory.find("97-XC", ON, UnitScope.ALL)).isEmpty();
        assertThat(territory.find("97-XC", ON.minusDays(1), UnitScope.ALL)).isPresent();
    }

    @Test
    void badInputIsRefusedInVietnameseWithNothingWritten() throws Exception {
        refused(Map.of("op", "MERGE", "sources", "97-XA", "into", "97-XB", "effectiveOn", "31/02/2099"),
                "Ngày hiệu lực “31/02/2099” không hợp lệ");
        refused(Map.of("op", "MERGE", "sources", "97-XA", "into", "97-XB", "effectiveOn", "01/01/1800"),
                "từ 01/01/1900 đến 31/12/2100");
        refused(Map.of("op", "MERGE", "sources", "97-XA", "effectiveOn", DATE), "Cần chọn đúng một nơi tiếp nhận");
        refused(Map.of("op", "MERGE", "sources", "97-XA", "into", "97", "effectiveOn", DATE),
                "không cùng cấp");
        refused(Map.of("op", "MERGE", "sources", "97-ZZ", "into", "97-XB", "effectiveOn", DATE),
                "Không có đơn vị mã “97-ZZ” vào ngày 01/03/2099");
        refused(Map.of("op", "RENAME", "code", "97-XA", "effectiveOn", ""), "Cần nhập tên", "Cần nhập ngày hiệu lực");
        refused(Map.of("op", "MOVE", "code", "97-XA", "parent", "97-XA-01", "effectiveOn", DATE), "97-XA");
        assertThat(body(send(get("/admin/units/changes").param("op", "SPLIT"), Map.of())))
                .contains("Phân chia đơn vị trực thuộc", "dd/mm/yyyy");
    }

    @Test
    void onlyAnAdministratorOpensTheScreens() throws Exception {
        assertThat(mvc.perform(get("/admin/units/changes").with(httpBasic("mttq", "chungsuc"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/admin/units/changes/preview").param("op", "RENAME").param("code", "97-XA")
                        .param("name", "X").param("effectiveOn", DATE).with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(territory.find("97-XA", ON, UnitScope.ALL).orElseThrow().name()).isEqualTo("Thử XA");
    }
}
