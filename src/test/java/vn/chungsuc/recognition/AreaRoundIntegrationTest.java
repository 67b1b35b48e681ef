package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.AreaRounds;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.Criterion;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.shared.time.TestClock;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The 2026 round of the residential-area titles for the last two areas of phường Quang Trung (38-QT) in the unit
 * tree (no other test gives them an area title): the self-assessment against the NĐ 86/2023 set, the Front's return
 * and agreement, the ward's proposal and posting, and the chair's decision through the API, counted by the
 * cultural-areas indicator at the ward; and the refusals: a set without criteria, missing criteria, a second round,
 * the wrong scope at each step, a decision on an area not proposed or still posted.
 */
@IntegrationTest
class AreaRoundIntegrationTest {

    static final int YEAR = 2026;
    static final String WARD = "38-QT";
    static final LocalDate TODAY = LocalDate.of(YEAR, 12, 3);

    @Autowired MockMvc mvc;
    @Autowired AreaRounds rounds;
    @Autowired Catalogue catalogue;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired List<StatisticSource> sources;
    @Autowired MessageSource messages;
    @Autowired TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(TODAY);
    }

    @AfterEach
    void release() {
        clock.release();
    }

    private String text(Throwable e) {
        return ((Refused) e).text(messages, Locale.forLanguageTag("vi"));
    }

    private List<String> lastTwoAreas() {
        List<String> areas = territory.subtree(WARD, LocalDate.of(YEAR, 12, 1), UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).sorted().toList();
        assertThat(areas).hasSizeGreaterThan(3);
        return areas.subList(areas.size() - 2, areas.size());
    }

    private static UnitScope manages(String unit) {
        return new UnitScope(false, Set.of(unit), Set.of());
    }

    private long count(String metric, String unit, LocalDate on) {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals(metric)))
                .findFirst().orElseThrow().countByUnit(metric, on).getOrDefault(unit, 0L);
    }

    private String decide(String user, List<String> subjects, String date, int expected) throws Exception {
        String body = json.writeValueAsString(Map.of("titleKind", Title.CULTURAL_AREA, "year", YEAR, "unit", WARD,
                "number", "77/QĐ-UBND", "date", date, "signer", "Hoàng Văn Đức", "subjectIds", subjects));
        return mvc.perform(post("/api/v1/recognition/decisions").with(httpBasic(user, "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAreaAssessesItselfTheFrontReviewsTheWardProposesAndTheChairDecides() throws Exception {
        List<String> two = lastTwoAreas();
        String area = two.get(1);
        String other = two.get(0);
        UnitScope head = manages(area);
        UnitScope ward = manages(WARD);

        AreaRounds.AreaRound round = rounds.open(area, Title.CULTURAL_AREA, YEAR, head);
        assertThat(catalogue.set(round.setId()).orElseThrow().regimeCode()).isEqualTo("ND-86-2023");
        // A second round of the same title and year is refused; another title is a round of its own.
        assertThatThrownBy(() -> rounds.open(area, Title.CULTURAL_AREA, YEAR, head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("mỗi năm chỉ "
                        + "một đợt", "năm 2026"));
        // Another area's head may not open this one; an area title only.
        assertThatThrownBy(() -> rounds.open(other, Title.CULTURAL_AREA, YEAR, head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("không quản lý"));
        assertThatThrownBy(() -> rounds.open(area, Title.CULTURAL_FAMILY, YEAR, head))
                .isInstanceOf(RecognitionRefused.class);
        long id = round.id();
        long otherId = rounds.open(other, Title.CULTURAL_AREA, YEAR, ward).id();

        List<Criterion> criteria = catalogue.criteria(round.setId()).stream().filter(c -> !c.exclusion()).toList();
        assertThat(criteria).hasSize(5);
        // Missing criteria: nothing assessed, then all but the last; no report.
        assertThatThrownBy(() -> rounds.submit(id, LocalDate.of(YEAR, 11, 15), head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("I, II, III, IV, V"));
        List<Long> allButLast = criteria.stream().limit(4).map(Criterion::id).toList();
        rounds.assess(id, allButLast, Map.of(criteria.get(0).id(), "Tỷ lệ lao động có việc làm 96%"), null, head);
        assertThatThrownBy(() -> rounds.submit(id, LocalDate.of(YEAR, 11, 15), head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("tiêu chí V ")
                        .doesNotContain("IV"));
        List<Long> all = criteria.stream().map(Criterion::id).toList();
        rounds.assess(id, all, Map.of(criteria.get(0).id(), "Tỷ lệ lao động có việc làm 96%"), null, head);
        assertThatThrownBy(() -> rounds.submit(id, LocalDate.of(YEAR, 11, 15), head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("báo cáo"));
        rounds.assess(id, all, Map.of(), "Khu dân cư hoàn thành 5/5 tiêu chí năm 2026", head);
        assertThatThrownBy(() -> rounds.submit(id, LocalDate.of(YEAR + 1, 1, 2), head))
                .isInstanceOf(RecognitionRefused.class);
        rounds.submit(id, LocalDate.of(YEAR, 11, 15), head);
        AreaRounds.View submitted = rounds.view(id, head);
        assertThat(submitted.stage()).isEqualTo(AreaRounds.Stage.SUBMITTED);
        // Today (3/12) is past the set's deadline (before 25/11): the page warns while the ward has not proposed it.
        assertThat(submitted.deadline()).isEqualTo(LocalDate.of(YEAR, 11, 25));
        assertThat(submitted.late()).isTrue();
        assertThatThrownBy(() -> rounds.assess(id, List.of(), Map.of(), "x", head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("15/11/2026"));

        // The Front: another area's committee may not review; a return needs a note; then it agrees.
        assertThatThrownBy(() -> rounds.review(id, true, null, LocalDate.of(YEAR, 11, 16), manages(other)))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("không quản lý"));
        assertThatThrownBy(() -> rounds.review(id, false, " ", LocalDate.of(YEAR, 11, 16), head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("điều cần sửa"));
        rounds.review(id, false, "Bổ sung minh chứng tiêu chí II", LocalDate.of(YEAR, 11, 16), head);
        assertThat(rounds.view(id, head).stage()).isEqualTo(AreaRounds.Stage.RETURNED);
        rounds.assess(id, all, Map.of(criteria.get(1).id(), "Nhà văn hóa, sân thể thao đạt chuẩn"),
                "Khu dân cư hoàn thành 5/5 tiêu chí năm 2026", head);
        rounds.submit(id, LocalDate.of(YEAR, 11, 17), head);
        assertThatThrownBy(() -> rounds.review(id, true, null, LocalDate.of(YEAR, 11, 16), head))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("17/11/2026"));
        rounds.review(id, true, "Đồng ý", LocalDate.of(YEAR, 11, 18), head);
        assertThat(rounds.view(id, head).stage()).isEqualTo(AreaRounds.Stage.REVIEWED);

        // The ward lists its areas by the tree on the listing date; phường Bỉm Sơn's list does not hold them.
        Map<String, AreaRounds.Stage> stages = new java.util.HashMap<>();
        rounds.areasOf(WARD, Title.CULTURAL_AREA, YEAR, UnitScope.ALL).forEach(l -> stages.put(l.area().code(),
                l.stage()));
        assertThat(stages).containsEntry(area, AreaRounds.Stage.REVIEWED)
                .containsEntry(other, AreaRounds.Stage.ASSESSING);
        assertThat(rounds.areasOf("38-BS", Title.CULTURAL_AREA, YEAR, UnitScope.ALL))
                .noneMatch(l -> l.area().code().equals(area));
        // Wrong scope, an area not reviewed, then the proposal with its ten days of posting.
        assertThatThrownBy(() -> rounds.propose(WARD, Title.CULTURAL_AREA, YEAR, List.of(area),
                LocalDate.of(YEAR, 11, 20), LocalDate.of(YEAR, 11, 21), null, manages("38-BS")))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("không quản lý"));
        assertThatThrownBy(() -> rounds.propose(WARD, Title.CULTURAL_AREA, YEAR, List.of(area, other),
                LocalDate.of(YEAR, 11, 20), LocalDate.of(YEAR, 11, 21), null, ward))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("chưa được "
                        + "Ban Công tác Mặt trận đồng ý"));
        assertThat(rounds.propose(WARD, Title.CULTURAL_AREA, YEAR, List.of(area), LocalDate.of(YEAR, 11, 20),
                LocalDate.of(YEAR, 11, 21), "Hội đồng TĐKT phường họp ngày 20/11/2026", ward)).isEqualTo(1);
        AreaRounds.AreaRound proposed = rounds.find(id).orElseThrow();
        assertThat(proposed.postedTo()).isEqualTo(LocalDate.of(YEAR, 12, 1));
        assertThat(proposed.proposalUnit()).isEqualTo(WARD);
        assertThat(rounds.view(id, head).late()).isFalse();

        // The decision: not for an area not proposed, not while the list is posted, not outside the ward's scope.
        long before = count("recognition.cultural-areas", WARD, LocalDate.of(YEAR, 12, 31));
        assertThat(decide("quangtrung", List.of(other), "2026-12-02", 400)).contains("\"field\":\"subjects\"",
                other, "chưa được xã, phường đề nghị", "Đang tự đánh giá");
        assertThat(decide("quangtrung", List.of(area), "2026-11-30", 400)).contains("còn niêm yết đến 01/12/2026");
        assertThat(decide("badinh", List.of(area), "2026-12-02", 400)).contains("không quản lý");
        JsonNode decision = json.readTree(decide("quangtrung", List.of(area), "2026-12-02", 201));
        assertThat(decision.get("authority").asString()).startsWith("Chủ tịch UBND cấp xã");
        assertThat(decision.get("awardCount").asInt()).isEqualTo(1);
        assertThat(count("recognition.cultural-areas", WARD, LocalDate.of(YEAR, 12, 31))).isEqualTo(before + 1);
        assertThat(rounds.view(id, head).stage()).isEqualTo(AreaRounds.Stage.RECOGNISED);

        // Reading a round checks the scope: the head of the other area, and phường Bỉm Sơn, do not see it.
        assertThatThrownBy(() -> rounds.view(id, manages(other))).isInstanceOf(RecognitionRefused.class)
                .satisfies(e -> assertThat(text(e)).contains("không xem được"));
        assertThat(rounds.view(otherId, ward).stage()).isEqualTo(AreaRounds.Stage.ASSESSING);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'recognition.area-round' "
                + "and entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void thePagesCheckTheRoleAndTheScope() throws Exception {
        // The area head of Khu phố 1 (Ba Đình) may not open the Front's review, nor a page of another ward's area.
        String area = lastTwoAreas().get(0);
        mvc.perform(get("/recognition/area-rounds/" + area + "/CULTURAL_AREA/" + YEAR).with(httpBasic("kp1badinh",
                "chungsuc"))).andExpect(status().isNotFound());
        mvc.perform(post("/recognition/area-rounds/14812-01/CULTURAL_AREA/" + YEAR + "/review").with(csrf())
                .with(httpBasic("kp1badinh", "chungsuc")).param("agrees", "true").param("reviewedOn", "01/12/2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recognition/area-rounds/unit/38-BS/CULTURAL_AREA/" + YEAR + "/propose").with(csrf())
                .with(httpBasic("bctmkp1badinh", "chungsuc")).param("area", "14812-01"))
                .andExpect(status().isForbidden());
        // The ward officer's page lists phường Bỉm Sơn's areas by the tree, Khu phố 1 of the former Ba Đình among them.
        String html = mvc.perform(get("/recognition/area-rounds?unit=38-BS&year=" + YEAR).with(httpBasic("badinh",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-area=\"14812-01\"", "Chủ tịch UBND cấp xã").doesNotContain("data-area=\""
                + area + "\"");
        // Two "Khu phố 1" share the merged ward: each is named with its former ward.
        assertThat(html).contains("Khu phố 1 (Ba Đình cũ)");
        String english = mvc.perform(get("/recognition/area-rounds?unit=38-BS&year=" + YEAR + "&lang=en")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Residential areas of");
        // Before 1/7/2025 the town's chair decided: the culture officer's 2024 page records it for the town; the
        // ward officer, who does not manage the town, is offered no decision.
        String before = mvc.perform(get("/recognition/area-rounds?unit=14812&year=2024").with(httpBasic("vhtt",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(before).contains("Chủ tịch UBND cấp huyện", "Đơn vị ra quyết định: Thị xã Bỉm Sơn");
        assertThat(mvc.perform(get("/recognition/area-rounds?unit=14812&year=2024").with(httpBasic("badinh",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"decision-card\"");
    }

    @Test
    @Transactional
    void aSetWithoutCriteriaCannotBeAssessedAgainst() {
        // The province adopts its own civilised-quarter set for 2026 but has entered no criteria yet (rolled back).
        jdbc.sql("""
                insert into recognition_criteria_set (title_code, regime_code, province_code, name, legal_basis,
                    valid_from, decider, procedure_basis)
                values ('CIVILISED_QUARTER', 'LOCAL-VMDT', '38', 'Tiêu chí khu phố văn minh đô thị 2026 (chưa nhập)',
                    'Quyết định của UBND tỉnh [chưa xác minh]', '2026-01-01', 'Chủ tịch UBND cấp xã', 'Địa phương')""")
                .update();
        String area = lastTwoAreas().get(0);
        assertThatThrownBy(() -> rounds.open(area, "CIVILISED_QUARTER", YEAR, UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).satisfies(e -> assertThat(text(e)).contains("chưa có tiêu chí",
                        "2026 (chưa nhập)"));
        assertThat(rounds.find(area, "CIVILISED_QUARTER", YEAR)).isEmpty();
    }

    @Test
    void theDemoGivesTheCivilisedQuarterSetItsUnconfirmedCriteria() {
        long set = catalogue.setFor("CIVILISED_QUARTER", "38", LocalDate.of(YEAR, 11, 15)).orElseThrow().id();
        assertThat(catalogue.criteria(set)).hasSize(5).allSatisfy(c -> assertThat(c.legalBasis())
                .contains("[chưa xác minh]"));
    }
}
