package vn.chungsuc.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.indicators.IndicatorFact;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.national.domain.FactPublisher;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitRef;

/**
 * The real path on the demo data: the indicators' facts ({@link IndicatorsApi#eachFact}) published by
 * {@link FactPublisher} into national_fact, with only aggregate columns; the national page shows the province's
 * total, drills into its units, exports it, refuses bad input with a message and is the Front's and the
 * administrator's only.
 */
@IntegrationTest
class NationalIntegrationTest {

    @Autowired IndicatorsApi indicators;
    @Autowired TerritoryApi territory;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @AfterEach
    void clean() {
        jdbc.update("delete from national_fact");
    }

    RequestPostProcessor as(String login) {
        UserDetails u = users.loadUserByUsername(login);
        return authentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    FactPublisher.Result publish() {
        return new TransactionTemplate(transactions).execute(s -> new FactPublisher(jdbc).publish("38",
                indicators::eachFact, c -> territory.latest(c).map(UnitRef::fullName).orElse(c)));
    }

    @Test
    void theIndicatorsFactsArePublishedAsAggregatesOnly() {
        FactPublisher.Result r = publish();
        assertThat(r.inserted()).isPositive();
        // the demo may still be counting figures after start: publish until a pass changes nothing
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                    FactPublisher.Result again = publish();
                    return again.inserted() + again.updated() + again.deleted() == 0;
                });
        List<IndicatorFact> facts = new ArrayList<>();
        indicators.eachFact(facts::add);
        assertThat(facts).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from national_fact where province_code = '38'",
                Integer.class)).isEqualTo(facts.size());

        Map<String, Long> expected = new HashMap<>();
        facts.forEach(f -> expected.merge(f.indicatorCode() + "|" + f.period(), f.numerator(), Long::sum));
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("select indicator_code, period, sum(numerator) from national_fact where province_code = '38' "
                + "group by 1, 2", rs -> {
                    stored.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                });
        assertThat(stored).isEqualTo(expected);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = "
                + "'national_fact' order by ordinal_position", String.class)).containsExactly("province_code",
                "fact_key", "indicator_code", "indicator_name", "period", "unit_code", "unit_name", "numerator",
                "denominator", "updated_at");
        assertThat(jdbc.queryForObject("select count(*) from pg_publication_tables where pubname = "
                + "'chungsuc_national' and rowfilter is null", Integer.class)).isEqualTo(1);
    }

    @Test
    void thePageShowsTheCountryDrillsIntoTheProvinceAndExports() throws Exception {
        publish();
        Map<String, Object> first = jdbc.queryForMap("select indicator_code, period, sum(numerator) n from "
                + "national_fact group by 1, 2 order by 1, 2 desc limit 1");
        String q = "?indicator=" + first.get("indicator_code") + "&period=" + first.get("period");
        String page = mvc.perform(get("/national" + q).with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"provinces\"", "/national/province/38", "id=\"replication\"");
        String units = mvc.perform(get("/national/province/38" + q).with(as("mttq"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(units).contains("id=\"units\"").doesNotContain("id=\"replication\"");
        byte[] xlsx = mvc.perform(get("/national/export.xlsx" + q).with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            Row last = s.getRow(s.getLastRowNum());
            assertThat((long) last.getCell(2).getNumericCellValue()).isEqualTo(((Number) first.get("n")).longValue());
        }
        String bad = mvc.perform(get("/national?indicator=x';drop&period=2024").with(as("admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("không hợp lệ");
        mvc.perform(get("/national/province/3x").with(as("admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/national" + q).with(as("badinh"))).andExpect(status().isForbidden());
    }

    @Test
    void anInstanceThatNeitherPublishesNorCollectsSaysSoAndKeepsTheEntryOutOfTheMenu() throws Exception {
        // the test instance, like the demo, has no province code and is not the national one
        String page = mvc.perform(get("/national").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"not-configured\"", "chungsuc.national.province-code")
                .doesNotContain("id=\"empty\"");
        String home = mvc.perform(get("/").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/admin/users\"").doesNotContain("href=\"/national\"");
    }
}
