package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.access.domain.SignedInUser;
import vn.chungsuc.indicators.domain.Actor;
import vn.chungsuc.indicators.domain.Approver;
import vn.chungsuc.indicators.domain.Approvers;
import vn.chungsuc.indicators.domain.Entries;
import vn.chungsuc.indicators.domain.Entry;
import vn.chungsuc.indicators.domain.EntryStore;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Who approves a figure, on the demo: the default before the 2025 merger (the town's Front), after it (the ward's own
 * People's Committee, through its office, since no district stands above the ward), the demo's configuration line
 * that gives the province's model-family figures to the province's Department of Culture, a line an administrator
 * adds and ends through the page, and that no figure waiting for approval lacks a demo user who may approve it.
 */
@IntegrationTest
class ApproversIntegrationTest {

    /** The demo logins of the README, the administrator aside (he may approve everything). */
    static final List<String> DEMO_LOGINS = List.of("mttq", "vhtt", "ldtbxh", "badinh", "quangtrung", "ubndbimson",
            "kp1badinh", "bctmkp1badinh", "hoiphunu", "tinh");

    @Autowired MockMvc mvc;
    @Autowired Approvers approvers;
    @Autowired Entries entries;
    @Autowired EntryStore store;
    @Autowired TerritoryApi territory;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UnitView unit(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL).orElseThrow();
    }

    private Actor actor(String username) {
        vn.chungsuc.shared.permission.Actor a = ((SignedInUser) users.loadUserByUsername(username)).actor();
        return new Actor(a.username(), a.scope(), a.administrator(), a.functions());
    }

    @Test
    void beforeTheMergerTheTownsFrontApprovesAWardsFigureAndAfterItTheWardsOwnChair() {
        LocalDate before = LocalDate.of(2024, 12, 31);
        Approver town = approvers.resolve("waste-collection", unit("14812", before), before);
        assertThat(town.source()).isEqualTo(Approver.Source.OWNER_ABOVE);
        assertThat(town.bodyCode()).isEqualTo("381-MTTQ");
        assertThat(town.admits(actor("mttq"))).isTrue();
        assertThat(town.admits(actor("ubndbimson"))).isFalse();

        LocalDate after = LocalDate.of(2026, 12, 31);
        Approver ward = approvers.resolve("waste-collection", unit("38-BS", after), after);
        assertThat(ward.source()).isEqualTo(Approver.Source.CHAIR_SAME_LEVEL);
        assertThat(ward.bodyCode()).isEqualTo("38-BS-VP");
        assertThat(ward.bodyName()).isEqualTo("Văn phòng HĐND và UBND phường Bỉm Sơn");
        assertThat(ward.admits(actor("ubndbimson"))).isTrue();
        // The ward's own officer does not act for the office, nor does the town's Front any more.
        assertThat(ward.admits(actor("badinh"))).isFalse();
        assertThat(ward.admits(actor("mttq"))).isFalse();

        // A figure of 2025's first half, dated before 1/7/2025, is still the town's to approve.
        Period h1 = Period.firstHalf(2025);
        UnitView baDinh = entries.entryUnit(entries.indicator("waste-collection"), "14812", h1);
        assertThat(approvers.forEntry("waste-collection", baDinh, h1).bodyCode()).isEqualTo("381-MTTQ");
    }

    @Test
    void theDemosLineGivesTheProvincesModelFamiliesToItsDepartmentOfCultureFromTheMergerOn() {
        LocalDate after = LocalDate.of(2026, 6, 30);
        Approver province = approvers.resolve("model-families", unit("38-QT", after), after);
        assertThat(province.source()).isEqualTo(Approver.Source.CONFIGURED);
        assertThat(province.bodyCode()).isEqualTo("38-SVHTTDL");
        assertThat(province.admits(actor("tinh"))).isTrue();
        assertThat(province.admits(actor("quangtrung"))).isFalse();
        // Other indicators of the same ward keep the default.
        assertThat(approvers.resolve("clean-water", unit("38-QT", after), after).bodyCode()).isEqualTo("38-QT-VP");
        // Before the line's first day, the town's Front approved xã Quang Trung's model families.
        LocalDate before = LocalDate.of(2025, 6, 30);
        assertThat(approvers.resolve("model-families", unit("14824", before), before).bodyCode())
                .isEqualTo("381-MTTQ");
    }

    @Test
    void anAdministratorAddsALineThatHoldsFromItsDateAndEndsIt() throws Exception {
        try {
            mvc.perform(post("/indicators/approvers").with(httpBasic("mttq", "chungsuc")).with(csrf())
                            .param("unitCode", "38-QT").param("bodyCode", "38-QT-MTTQ").param("validFrom", "01/01/2026"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/indicators/approvers").with(httpBasic("admin", "chungsuc")).with(csrf())
                            .param("unitCode", "38-QT").param("indicatorCode", "clean-water")
                            .param("bodyCode", "NO-SUCH-BODY").param("validFrom", "01/01/2026"))
                    .andExpect(flash().attribute("error", "Không có cơ quan, tổ chức mã NO-SUCH-BODY."));
            mvc.perform(post("/indicators/approvers").with(httpBasic("admin", "chungsuc")).with(csrf())
                            .param("unitCode", "38-QT").param("indicatorCode", "clean-water")
                            .param("bodyCode", "38-QT-MTTQ").param("validFrom", "01/01/2026")
                            .param("validTo", "01/01/2025"))
                    .andExpect(flash().attribute("error", "Ngày kết thúc phải sau ngày bắt đầu."));
            mvc.perform(post("/indicators/approvers").with(httpBasic("admin", "chungsuc")).with(csrf())
                            .param("unitCode", "38-qt").param("indicatorCode", "clean-water")
                            .param("bodyCode", "38-QT-MTTQ").param("validFrom", "01/01/2026")
                            .param("basis", "Quyết định phân công (thử)"))
                    .andExpect(status().is3xxRedirection());
            long id = jdbc.sql("select id from indicators_approver where unit_code = '38-QT' and body_code = "
                    + "'38-QT-MTTQ'").query(Long.class).single();

            LocalDate june = LocalDate.of(2026, 6, 30);
            Approver configured = approvers.resolve("clean-water", unit("38-QT", june), june);
            assertThat(configured.source()).isEqualTo(Approver.Source.CONFIGURED);
            assertThat(configured.bodyName()).isEqualTo("Ủy ban MTTQ Việt Nam phường Quang Trung");
            assertThat(configured.admits(actor("mttq"))).isTrue();
            LocalDate december = LocalDate.of(2025, 12, 31);
            assertThat(approvers.resolve("clean-water", unit("38-QT", december), december).source())
                    .isEqualTo(Approver.Source.CHAIR_SAME_LEVEL);

            String page = mvc.perform(get("/indicators/approvers?unit=38-QT&indicator=clean-water&on=30/06/2026")
                            .with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Phường Quang Trung và các đơn vị trực thuộc", "Quyết định phân công (thử)",
                    "do Ủy ban MTTQ Việt Nam phường Quang Trung duyệt", "Theo phân công duyệt đã cấu hình.")
                    .doesNotContain("add-rule");

            mvc.perform(post("/indicators/approvers/" + id + "/end").with(httpBasic("admin", "chungsuc"))
                            .with(csrf()).param("endOn", "01/06/2026"))
                    .andExpect(status().is3xxRedirection());
            assertThat(approvers.resolve("clean-water", unit("38-QT", june), june).source())
                    .isEqualTo(Approver.Source.CHAIR_SAME_LEVEL);
            assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'indicators.approver' "
                    + "and entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
        } finally {
            jdbc.sql("delete from indicators_approver where unit_code = '38-QT' and body_code = '38-QT-MTTQ'")
                    .update();
        }
    }

    @Test
    void everyFigureWaitingForApprovalHasADemoUserWhoMayApproveIt() {
        List<Entry> submitted = store.submitted();
        assertThat(submitted).extracting(e -> e.indicatorCode() + "|" + e.unitCode() + "|" + e.period().code())
                .contains("waste-collection|38-BS|2026-H1", "model-families|38-QT|2026-H1");
        List<Actor> demo = DEMO_LOGINS.stream().map(this::actor).toList();
        List<String> orphans = new ArrayList<>();
        for (Entry e : submitted) {
            UnitView u = entries.entryUnit(entries.indicator(e.indicatorCode()), e.unitCode(), e.period());
            List<String> able = demo.stream().filter(a -> entries.mayApprove(a, u, e).allowed())
                    .map(Actor::username).toList();
            if (able.isEmpty()) {
                orphans.add(e.indicatorCode() + " " + e.unitCode() + " " + e.period().code());
            }
            if (e.unitCode().equals("38-BS") && e.period().equals(Period.firstHalf(2026))
                    && e.indicatorCode().equals("waste-collection")) {
                assertThat(able).containsExactly("ubndbimson");
            }
            if (e.unitCode().equals("38-QT") && e.period().equals(Period.firstHalf(2026))
                    && e.indicatorCode().equals("model-families")) {
                assertThat(able).containsExactly("tinh");
            }
        }
        assertThat(orphans).as("figures waiting for approval that no demo user may approve").isEmpty();
    }

    @Test
    void theApproversPageListsWhatWaitsForHimAndTheSubmitterSeesWhoIsToApprove() throws Exception {
        String tinh = mvc.perform(get("/indicators/entries/pending").with(httpBasic("tinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tinh).contains("Chờ bạn duyệt", "Phường Quang Trung", "Gia đình kiểu mẫu",
                "người duyệt: Sở Văn hóa, Thể thao và Du lịch Thanh Hóa");
        String badinh = mvc.perform(get("/indicators/entries?unit=38-BS&period=2026-H1")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badinh).contains("Chờ Văn phòng HĐND và UBND phường Bỉm Sơn duyệt");
        String home = mvc.perform(get("/").with(httpBasic("tinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("/indicators/entries/pending", "Số liệu chờ duyệt");
    }
}
