package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.Title;

/**
 * Issue 18 hole 5: national and confirmed criteria sets are read-only; the province's Culture department copies a
 * set for its province and edits the copy (which rounds of the province then use while it is in force); every
 * change is audited and the last one can be undone; a criterion added by mistake can be removed until scored.
 * The copies made here are valid in 2098 only, so that no other test's round picks them.
 */
@IntegrationTest
class CriteriaOwnershipIntegrationTest {

    /** The national Gia đình văn hóa set of NĐ 86/2023/NĐ-CP (V7_1). */
    static final long NATIONAL_FAMILY = 3;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Catalogue catalogue;

    private String html(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private BigDecimal quorum(long set) {
        return jdbc.sql("select quorum_percent from recognition_criteria_set where id = ?").param(set)
                .query(BigDecimal.class).single();
    }

    private long sets() {
        return jdbc.sql("select count(*) from recognition_criteria_set").query(Long.class).single();
    }

    @Test
    void noDepartmentOfficerChangesTheNationalSetNorAnotherLevelsSet() throws Exception {
        for (String user : new String[] {"ldtbxh", "vhtt", "mttq", "tinh", "badinh"}) {
            mvc.perform(post("/recognition/criteria/" + NATIONAL_FAMILY + "/parameters")
                            .with(httpBasic(user, "chungsuc")).with(csrf()).param("quorum", "0").param("approval", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/recognition/criteria/" + NATIONAL_FAMILY + "/criteria")
                            .with(httpBasic(user, "chungsuc")).with(csrf()).param("text", "x"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/recognition/criteria/" + NATIONAL_FAMILY + "/undo")
                    .with(httpBasic(user, "chungsuc")).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(quorum(NATIONAL_FAMILY)).isEqualByComparingTo("60");
        assertThat(jdbc.sql("select approval_percent from recognition_criteria_set where id = 3")
                .query(BigDecimal.class).single()).isEqualByComparingTo("60");
        String page = html("/recognition/criteria/" + NATIONAL_FAMILY, "ldtbxh");
        assertThat(page).contains("Bộ tiêu chí quốc gia: chỉ xem").doesNotContain("/parameters\"");
        // The province's own set (Gia đình kiểu mẫu, Thanh Hóa): the town's Culture office reads it, the
        // province's Sở Văn hóa changes it.
        long model = jdbc.sql("select id from recognition_criteria_set where title_code = 'MODEL_FAMILY'")
                .query(Long.class).single();
        mvc.perform(post("/recognition/criteria/" + model + "/parameters").with(httpBasic("vhtt", "chungsuc"))
                .with(csrf()).param("quorum", "0")).andExpect(status().isForbidden());
        assertThat(html("/recognition/criteria/" + model, "vhtt")).contains("Chỉ Sở Văn hóa của tỉnh 38");
        assertThat(html("/recognition/criteria/" + model, "tinh")).contains("/parameters\"");
    }

    @Test
    void theProvinceCopiesTheNationalSetEditsItAndItsRoundsUseTheCopyWhileInForce() throws Exception {
        LocalDate now = LocalDate.of(2026, 11, 15);
        long before = catalogue.setFor(Title.CULTURAL_FAMILY, "38", now).orElseThrow().id();
        long count = sets();
        // Not for another province, not by the town's office, not by Labour.
        mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("tinh", "chungsuc")).with(csrf())
                        .param("province", "01").param("name", "Bản sao").param("validFrom", "01/01/2098"))
                .andExpect(flash().attribute("flashError", "Chỉ sao chép được cho tỉnh mà anh/chị phụ trách "
                        + "(mã tỉnh trên cây đơn vị hành chính)."));
        mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("vhtt", "chungsuc")).with(csrf())
                        .param("province", "38").param("name", "Bản sao").param("validFrom", "01/01/2098"))
                .andExpect(flash().attribute("flashError", "Chỉ sao chép được cho tỉnh mà anh/chị phụ trách "
                        + "(mã tỉnh trên cây đơn vị hành chính)."));
        mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("ldtbxh", "chungsuc")).with(csrf())
                .param("province", "38").param("name", "Bản sao")).andExpect(status().isForbidden());
        mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("tinh", "chungsuc")).with(csrf())
                        .param("province", "381").param("name", "Bản sao").param("validFrom", "01/01/2098"))
                .andExpect(flash().attribute("flashError", "Chỉ sao chép được cho tỉnh mà anh/chị phụ trách "
                        + "(mã tỉnh trên cây đơn vị hành chính)."));
        assertThat(sets()).isEqualTo(count);
        String location = mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("tinh", "chungsuc"))
                        .with(csrf()).param("province", "38").param("name", "Gia đình văn hóa (Thanh Hóa, 2098)")
                        .param("validFrom", "01/01/2098").param("validTo", "31/12/2098"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var row = jdbc.sql("select copied_from, valid_from, valid_to, province_code from recognition_criteria_set "
                + "where id = ?").param(copy).query().singleRow();
        assertThat(row.get("copied_from")).isEqualTo(3L);
        assertThat(row.get("valid_from").toString()).isEqualTo("2098-01-01");
        assertThat(row.get("valid_to").toString()).isEqualTo("2099-01-01");
        assertThat(row.get("province_code")).isEqualTo("38");
        assertThat(html(location, "tinh")).contains("Gia đình văn hóa (Thanh Hóa, 2098)", "Sao chép từ",
                "Khung tiêu chuẩn Gia đình văn hóa (NĐ 86/2023, Phụ lục I)", "/parameters\"");
        mvc.perform(post(location + "/parameters").with(httpBasic("tinh", "chungsuc")).with(csrf())
                        .param("quorum", "50").param("approval", "55").param("postingDays", "10")
                        .param("decideDays", "10"))
                .andExpect(flash().attribute("flash", "Đã lưu tham số thủ tục."));
        assertThat(quorum(copy)).isEqualByComparingTo("50");
        assertThat(quorum(NATIONAL_FAMILY)).isEqualByComparingTo("60");
        // How a round picks its set (Rounds.open → Catalogue.setFor): the province's copy while in force.
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2098, 11, 15)).orElseThrow().id())
                .isEqualTo(copy);
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "38", LocalDate.of(2099, 11, 15)).orElseThrow().id())
                .isEqualTo(NATIONAL_FAMILY);
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "01", LocalDate.of(2098, 11, 15)).orElseThrow().id())
                .isEqualTo(NATIONAL_FAMILY);
        assertThat(catalogue.setFor(Title.CULTURAL_FAMILY, "38", now).orElseThrow().id()).isEqualTo(before);
        // Confirmed: read-only to the province too; only the administrator takes the mark off.
        mvc.perform(post(location + "/confirm").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã xác nhận bộ tiêu chí; từ nay chỉ quản trị viên sửa được."));
        mvc.perform(post(location + "/parameters").with(httpBasic("tinh", "chungsuc")).with(csrf())
                .param("quorum", "0")).andExpect(status().isForbidden());
        mvc.perform(post(location + "/confirm").with(httpBasic("tinh", "chungsuc")).with(csrf())
                .param("confirmed", "false")).andExpect(status().isForbidden());
        assertThat(html(location, "tinh")).contains("đã được xác nhận theo văn bản gốc");
        mvc.perform(post(location + "/confirm").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("confirmed", "false")).andExpect(flash().attribute("flash", "Đã bỏ xác nhận bộ tiêu chí."));
        assertThat(quorum(copy)).isEqualByComparingTo("50");
    }

    private long copyFor2098(String name) throws Exception {
        String location = mvc.perform(post("/recognition/criteria/3/copy").with(httpBasic("tinh", "chungsuc"))
                        .with(csrf()).param("province", "38").param("name", name).param("validFrom", "01/01/2098")
                        .param("validTo", "31/12/2098"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void everyChangeIsAuditedAndTheLastOneCanBeUndone() throws Exception {
        long copy = copyFor2098("Bản sao để hoàn tác");
        String path = "/recognition/criteria/" + copy;
        mvc.perform(post(path + "/undo").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "Bộ tiêu chí không còn thay đổi nào để hoàn tác."));
        mvc.perform(post(path + "/parameters").with(httpBasic("tinh", "chungsuc")).with(csrf())
                .param("quorum", "0").param("approval", "0").param("note", "nhầm")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/criteria").with(httpBasic("tinh", "chungsuc")).with(csrf())
                .param("code", "IV").param("text", "Tiêu chí thêm nhầm")).andExpect(status().is3xxRedirection());
        assertThat(html(path, "tinh")).contains("Tiêu chí thêm nhầm", "Thay đổi gần nhất: thêm tiêu chí IV (tinh,");
        // The town's Culture office may not undo the province's change.
        mvc.perform(post(path + "/undo").with(httpBasic("vhtt", "chungsuc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/undo").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã hoàn tác thay đổi gần nhất."));
        assertThat(html(path, "tinh")).doesNotContain("Tiêu chí thêm nhầm")
                .contains("Thay đổi gần nhất: sửa tham số thủ tục (tinh,");
        assertThat(quorum(copy)).isEqualByComparingTo("0");
        mvc.perform(post(path + "/undo").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã hoàn tác thay đổi gần nhất."));
        assertThat(quorum(copy)).isEqualByComparingTo("60");
        assertThat(jdbc.sql("select note from recognition_criteria_set where id = ?").param(copy)
                .query(String.class).single()).doesNotContain("nhầm");
        // Audited with old and new values: the change, then its undo as its own entry.
        var entries = jdbc.sql("""
                select action, old_value::text old, new_value::text new from shared_audit_entry
                where entity_type = 'recognition.criteria-set' and entity_id = ? order by id""")
                .param(String.valueOf(copy)).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("COPY", "UPDATE", "UNDO", "UNDO");
        assertThat((String) entries.get(1).get("old")).contains("\"quorumPercent\": 60");
        assertThat((String) entries.get(1).get("new")).contains("\"quorumPercent\": 0");
        assertThat((String) entries.get(3).get("old")).contains("\"quorumPercent\": 0");
        assertThat((String) entries.get(3).get("new")).contains("\"quorumPercent\": 60");
    }

    @Test
    void aCriterionAddedByMistakeIsRemovedButNotOnceScored() throws Exception {
        long copy = copyFor2098("Bản sao để xóa tiêu chí");
        String path = "/recognition/criteria/" + copy;
        mvc.perform(post(path + "/criteria").with(httpBasic("tinh", "chungsuc")).with(csrf())
                .param("code", "IX").param("text", "Tiêu chí trùng lặp")).andExpect(status().is3xxRedirection());
        long added = jdbc.sql("select id from recognition_criterion where set_id = ? and code = 'IX'").param(copy)
                .query(Long.class).single();
        assertThat(html(path, "tinh")).contains("/criteria/" + added + "/delete", "data-confirm=\"Xóa tiêu chí này");
        mvc.perform(post(path + "/criteria/" + added + "/delete").with(httpBasic("vhtt", "chungsuc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/criteria/" + added + "/delete").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã xóa tiêu chí IX."));
        assertThat(html(path, "tinh")).doesNotContain("Tiêu chí trùng lặp");
        // A criterion of another set is not found through this one.
        long national = jdbc.sql("select min(id) from recognition_criterion where set_id = 3").query(Long.class)
                .single();
        mvc.perform(post(path + "/criteria/" + national + "/delete").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "Không tìm thấy tiêu chí trong bộ tiêu chí này."));
        // Undo puts it back.
        mvc.perform(post(path + "/undo").with(httpBasic("tinh", "chungsuc")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã hoàn tác thay đổi gần nhất."));
        assertThat(html(path, "tinh")).contains("Tiêu chí trùng lặp");
        // A criterion the demo rounds have scored stays, even for the administrator, and the page says why.
        long scored = jdbc.sql("""
                select c.id from recognition_criterion c where c.set_id = 3 and exists (
                    select 1 from recognition_entry e where c.id = any (e.criteria_met)) order by c.id limit 1""")
                .query(Long.class).single();
        long criteria = jdbc.sql("select count(*) from recognition_criterion where set_id = 3").query(Long.class)
                .single();
        mvc.perform(post("/recognition/criteria/3/criteria/" + scored + "/delete").with(httpBasic("admin", "chungsuc"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "Không xóa được: tiêu chí đã được chấm trong một đợt "
                        + "bình xét. Hãy sao chép bộ tiêu chí với hiệu lực mới nếu cần thay đổi."));
        assertThat(jdbc.sql("select count(*) from recognition_criterion where set_id = 3").query(Long.class)
                .single()).isEqualTo(criteria);
    }
}
