package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.shared.events.Publications;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.UnitType;

/**
 * Issue 19, item 5: a programme's board is built from the figures once and then served from memory
 * ({@link BoardCache}), until what it shows changes: a figure recorded, a target edited, the units changed, or another
 * instance saying so. The user's scope is still checked on every request, before the cache.
 */
@IntegrationTest
class BoardCacheIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired EntryStore entries;
    @Autowired BoardCache boards;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;
    @Autowired Reorganisation reorganisation;
    @Autowired EventPublicationRegistry publications;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void quiet() {
        // No recount of an earlier test's write is left to empty the cache in the middle of a test.
        Publications.awaitCompleted(publications);
    }

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow().id();
    }

    private MockHttpServletRequestBuilder api(String query) {
        return get("/api/v1/programmes/" + seed() + "/targets?" + query);
    }

    private JsonNode target(String user, String code, String query) throws Exception {
        String body = mvc.perform(api(query).with(httpBasic(user, "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode t : json.readTree(body)) {
            if (t.get("code").asString().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no target " + code);
    }

    @Test
    void aBoardIsServedFromMemoryUntilAFigureIsRecorded() throws Exception {
        String query = "unit=14815&year=2018";
        // The first read may count periods never counted (writing facts): what it built is then not kept.
        target("mttq", "DTVM-6", query);
        long before = target("mttq", "DTVM-6", query).get("numerator").asLong();
        assertThat(boards.size()).isPositive();

        // The figures changed behind the application's back (no fact recorded): the board kept is what is served,
        // so the second read did not read the figures again.
        String figure = "indicator_code = 'model-families' and period = '2018' and unit_code = '14815'";
        int changed = jdbc.sql("update indicators_figure set numerator = numerator + 1000 where " + figure).update();
        assertThat(changed).isPositive();
        try {
            assertThat(target("mttq", "DTVM-6", query).get("numerator").asLong()).isEqualTo(before);
        } finally {
            jdbc.sql("update indicators_figure set numerator = numerator - 1000 where " + figure).update();
        }

        // A value entered by the ward, submitted and approved by the town changes the facts: the board is built
        // again, at once.
        Entry entry = entries.find("model-families", "14812", Period.year(2018)).orElseThrow();
        long ward = target("mttq", "DTVM-6", "unit=14812&year=2018").get("numerator").asLong();
        long town = target("mttq", "DTVM-6", "unit=381&year=2018").get("numerator").asLong();
        mvc.perform(post("/indicators/entries/model-families/14812/2018").with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()).param("numerator", String.valueOf(entry.numerator() + 3))
                        .param("denominator", String.valueOf(entry.denominator())).param("note", "Rà soát lại")
                        .param("version", String.valueOf(entry.version())))
                .andExpect(status().is3xxRedirection());
        Entry draft = entries.find("model-families", "14812", Period.year(2018)).orElseThrow();
        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(target("mttq", "DTVM-6", "unit=14812&year=2018").get("numerator").asLong())
                .as("a draft counts for nothing").isEqualTo(ward);
        mvc.perform(post("/indicators/entries/" + draft.id() + "/submit").with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()).param("comment", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicators/entries/" + draft.id() + "/approve").with(httpBasic("mttq", "chungsuc"))
                        .with(csrf()).param("comment", "Đồng ý"))
                .andExpect(status().is3xxRedirection());
        assertThat(target("mttq", "DTVM-6", "unit=14812&year=2018").get("numerator").asLong()).isEqualTo(ward + 3);
        assertThat(target("mttq", "DTVM-6", "unit=381&year=2018").get("numerator").asLong())
                .as("the town's board too").isEqualTo(town + 3);
    }

    @Test
    void aTargetEditedShowsAtOnce() throws Exception {
        long id = seed();
        TargetView t = campaign.targets(id).stream().filter(x -> x.code().equals("DTVM-5")).findFirst().orElseThrow();
        String query = "unit=381&year=2019";
        String value = t.goal().value().toPlainString();
        assertThat(target("mttq", "DTVM-5", query).get("goal").get("value").decimalValue())
                .isEqualByComparingTo(t.goal().value());
        assertThat(boards.size()).isPositive();
        try {
            editTarget(id, t, t.goal().value().add(java.math.BigDecimal.ONE).toPlainString());
            assertThat(target("mttq", "DTVM-5", query).get("goal").get("value").decimalValue())
                    .isEqualByComparingTo(t.goal().value().add(java.math.BigDecimal.ONE));
        } finally {
            editTarget(id, t, value);
        }
        assertThat(target("mttq", "DTVM-5", query).get("goal").get("value").decimalValue())
                .isEqualByComparingTo(t.goal().value());
    }

    private void editTarget(long programme, TargetView t, String value) throws Exception {
        vn.chungsuc.campaign.domain.TargetForm f = vn.chungsuc.campaign.domain.TargetForm.of(t);
        mvc.perform(post("/programmes/" + programme + "/targets/" + t.id()).with(httpBasic("mttq", "chungsuc"))
                        .with(csrf()).param("code", f.code()).param("group", f.group().name())
                        .param("label", f.label()).param("shortLabel", f.shortLabel())
                        .param("subject", f.subject().name()).param("population", f.population().name())
                        .param("kind", f.kind().name()).param("value", value).param("outOf", f.outOf())
                        .param("strict", String.valueOf(f.over())).param("deadlineYear", f.deadlineYear())
                        .param("indicatorCode", f.indicatorCode()).param("contentNumber", f.contentNumber())
                        .param("legalBasis", f.legalBasis()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aChangeToTheUnitsEmptiesTheBoardsInItsTransaction() throws Exception {
        target("mttq", "DTVM-5", "unit=381&year=2020");
        assertThat(boards.size()).isPositive();
        tx.executeWithoutResult(status -> {
            reorganisation.add(NewUnit.of("97", "Thử Bảng", UnitType.PROVINCE, "VN", LocalDate.of(2000, 1, 1)));
            assertThat(boards.size()).as("emptied when the units changed").isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void anotherInstancesChangeEmptiesTheBoardsWithinASecond() throws Exception {
        Thread.sleep(600); // the listening connection has taken up the board cache's channel
        target("mttq", "DTVM-5", "unit=381&year=2020");
        assertThat(boards.size()).isPositive();
        assertThat(boards.channel()).isEqualTo("chungsuc_cache_boardcache");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("select pg_notify('chungsuc_cache_boardcache', 'another-instance')");
        }
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(boards.size()).isZero());
    }

    @Test
    void aBoardKeptForTheTownNeverReachesAWardOfficer() throws Exception {
        // The town's officer has the town's and a ward's boards kept.
        target("mttq", "DTVM-5", "unit=381&year=2020");
        target("mttq", "DTVM-5", "unit=14815&year=2020");
        target("mttq", "DTVM-5", "year=2020");
        assertThat(boards.size()).isPositive();
        // Ba Đình's officer is refused both, kept or not, and gets Ba Đình's board when no unit is named.
        mvc.perform(api("unit=381&year=2020").with(httpBasic("badinh", "chungsuc"))).andExpect(status().isNotFound());
        mvc.perform(api("unit=14815&year=2020").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isNotFound());
        JsonNode own = target("badinh", "DTVM-5", "year=2020");
        JsonNode asTown = target("mttq", "DTVM-5", "unit=14812&year=2020");
        assertThat(own).isEqualTo(asTown);
        assertThat(own).isNotEqualTo(target("mttq", "DTVM-5", "year=2020"));
        mvc.perform(api("year=2020")).andExpect(status().isUnauthorized());
    }
}
