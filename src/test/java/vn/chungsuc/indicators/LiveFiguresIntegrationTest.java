package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.indicators.domain.Entry;
import vn.chungsuc.indicators.domain.EntryStatus;
import vn.chungsuc.indicators.domain.EntryStore;
import vn.chungsuc.indicators.domain.FactBook;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.Recomputation;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.events.Publications;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Values entered, submitted and approved through the pages move the figures at once; the level rules hold; a full
 * recomputation from the records gives exactly the figures the live path keeps.
 */
@IntegrationTest
class LiveFiguresIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired EntryStore entries;
    @Autowired java.util.List<vn.chungsuc.shared.stats.StatisticSource> sources;
    @Autowired FactBook book;
    @Autowired vn.chungsuc.indicators.domain.UnitPlacements placements;
    @Autowired EventPublicationRegistry publications;
    @Autowired Recomputation recomputation;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdCommands households;
    private final JsonMapper json = JsonMapper.builder().build();

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow().id();
    }

    private JsonNode target(String code, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/programmes/" + seed() + "/targets?" + query)
                        .with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode t : json.readTree(body)) {
            if (t.get("code").asString().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no target " + code);
    }

    private void enter(String user, String indicator, String unit, String period, long num, long den, int version)
            throws Exception {
        mvc.perform(post("/indicators/entries/" + indicator + "/" + unit + "/" + period)
                        .with(httpBasic(user, "chungsuc")).with(csrf())
                        .param("numerator", String.valueOf(num)).param("denominator", String.valueOf(den))
                        .param("note", "Số liệu rà soát lại").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    private void act(String user, long id, String action, String comment) throws Exception {
        mvc.perform(post("/indicators/entries/" + id + "/" + action).with(httpBasic(user, "chungsuc")).with(csrf())
                        .param("comment", comment))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aCorrectedValueApprovedByTheTownMovesTheWardsAndTheTownsFigureAtOnce() throws Exception {
        JsonNode townBefore = target("DTVM-6", "unit=381&year=2019");
        JsonNode wardBefore = target("DTVM-6", "unit=14812&year=2019");
        Entry before = entries.find("model-families", "14812", Period.year(2019)).orElseThrow();

        enter("badinh", "model-families", "14812", "2019", before.numerator() + 7, before.denominator(),
                before.version());
        Entry draft = entries.find("model-families", "14812", Period.year(2019)).orElseThrow();
        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        // Not counted until approved: the approved value stays in force.
        assertThat(target("DTVM-6", "unit=381&year=2019").get("numerator")).isEqualTo(townBefore.get("numerator"));

        act("badinh", draft.id(), "submit", "");
        act("mttq", draft.id(), "approve", "Đồng ý");

        JsonNode townAfter = target("DTVM-6", "unit=381&year=2019");
        JsonNode wardAfter = target("DTVM-6", "unit=14812&year=2019");
        assertThat(townAfter.get("numerator").asLong()).isEqualTo(townBefore.get("numerator").asLong() + 7);
        assertThat(townAfter.get("denominator")).isEqualTo(townBefore.get("denominator"));
        assertThat(wardAfter.get("numerator").asLong()).isEqualTo(wardBefore.get("numerator").asLong() + 7);
        // The figure on today's units moved too.
        assertThat(target("DTVM-6", "unit=38-BS&year=2019&on=2026-01-15").get("numerator").asLong())
                .isEqualTo(target("DTVM-6", "unit=14812&year=2019&on=2019-12-31").get("numerator").asLong()
                        + target("DTVM-6", "unit=14815&year=2019").get("numerator").asLong()
                        + target("DTVM-6", "unit=14821&year=2019").get("numerator").asLong());
        assertThat(entries.events(draft.id())).extracting(e -> e.action()).startsWith("APPROVE", "SUBMIT", "ENTER");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'indicators.entry' "
                + "and entity_id = ? and action = 'APPROVE'").param(String.valueOf(draft.id())).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anAreaHeadNoLongerEntersCulturalFamiliesWhichTheRecognitionDecisionsCount() throws Exception {
        // Cultural families are computed from the titles module's decisions (V6_7): an entry is refused.
        enter("kp1badinh", "cultural-families", "14812-01", "2021", 230, 260, 0);
        assertThat(entries.find("cultural-families", "14812-01", Period.year(2021))).isEmpty();
        long recognised = sources.stream().filter(s -> s.metrics().stream()
                        .anyMatch(m -> m.code().equals("recognition.cultural-families"))).findFirst().orElseThrow()
                .countByUnit("recognition.cultural-families", java.time.LocalDate.of(2021, 12, 31))
                .getOrDefault("14812-01", 0L);
        assertThat(recognised).isPositive();
        JsonNode area = target("DTVM-2", "unit=14812-01&year=2021");
        assertThat(area.get("numerator").asLong()).isEqualTo(recognised);
        assertThat(area.get("denominator").asLong()).isGreaterThan(recognised);
    }

    @Test
    void theLevelRulesHold() throws Exception {
        // Another commune's officer cannot enter for Ba Đình.
        mvc.perform(post("/indicators/entries/waste-collection/14812/2021").with(httpBasic("quangtrung", "chungsuc"))
                        .with(csrf()).param("numerator", "1").param("denominator", "1").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "Bạn không quản lý đơn vị này."));
        assertThat(entries.find("waste-collection", "14812", Period.year(2021))).isEmpty();

        // The ward submits; the ward cannot approve its own value; the town can.
        enter("badinh", "waste-collection", "14812", "2021", 1, 1, 0);
        Entry e = entries.find("waste-collection", "14812", Period.year(2021)).orElseThrow();
        act("badinh", e.id(), "submit", "");
        mvc.perform(post("/indicators/entries/" + e.id() + "/approve").with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError",
                        "Số liệu này do Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn duyệt; bạn không duyệt được."));
        // A return needs a reason.
        mvc.perform(post("/indicators/entries/" + e.id() + "/return").with(httpBasic("mttq", "chungsuc"))
                        .with(csrf()).param("comment", " "))
                .andExpect(flash().attribute("flashError", "Vui lòng ghi ý kiến."));
        act("mttq", e.id(), "return", "Thiếu biên bản kiểm tra");
        assertThat(entries.find(e.id()).orElseThrow().status()).isEqualTo(EntryStatus.RETURNED);

        // A bad number comes back with a Vietnamese message and the values typed.
        String page = mvc.perform(post("/indicators/entries/waste-collection/14812/2021")
                        .with(httpBasic("badinh", "chungsuc")).with(csrf())
                        .param("numerator", "hai").param("denominator", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vui lòng nhập một số nguyên không âm", "value=\"hai\"");
        String tooMany = mvc.perform(post("/indicators/entries/waste-collection/14812/2021")
                        .with(httpBasic("badinh", "chungsuc")).with(csrf())
                        .param("numerator", "3").param("denominator", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooMany).contains("Số đạt không được lớn hơn tổng số.");
    }

    @Test
    void theEntryPagesShowTheSheetAndWhatWaitsForApproval() throws Exception {
        String sheet = mvc.perform(get("/indicators/entries?unit=14812&period=2020-H1")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet).contains("Phường Ba Đình – 6 tháng đầu năm 2020", "Công dân đạt tiêu chí",
                "data-indicator=\"exemplary-citizens\"");
    }

    @Test
    void aRecomputationFromTheRecordsGivesTheSameFiguresAsTheLivePath() throws Exception {
        // Views on other dates than the periods' ends are kept live too: ask for one first.
        mvc.perform(get("/dashboard?programme=" + seed() + "&year=2019&on=2026-01-15")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk());
        Publications.awaitCompleted(publications);
        // A household registered in 2019 is recounted at its area only, for every period since: the live path's
        // recount of one unit must agree with the recount of all of them.
        households.register(new Forms.NewHousehold("HH-RECOUNT-1", "14812-05",
                "Số 3, phố Trần Phú", "01/06/2019", "Lê Văn Đếm", Sex.MALE.name(),
                "02/02/1980", SyntheticPeople.citizenId("038",
                        Sex.MALE, 1980, 990_002), "Kinh", ""), UnitScope.ALL);
        Publications.awaitCompleted(publications);
        Map<String, Fraction> live = book.snapshot();
        Recomputation.Summary summary = recomputation.recomputeAll();
        Publications.awaitCompleted(publications);
        Map<String, Fraction> recomputed = book.snapshot();
        assertThat(summary.figureSets()).isGreaterThan(100);
        assertThat(live).isNotEmpty().containsKey("cultural-families|2019|"
                + placements.sameTreeAs(java.time.LocalDate.of(2026, 1, 15)) + "|WHOLE|38-BS");
        assertThat(recomputed).isEqualTo(live);
    }
}
