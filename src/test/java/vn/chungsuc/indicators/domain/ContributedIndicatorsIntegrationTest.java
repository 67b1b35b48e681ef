package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/** Recognition and poverty define their indicators themselves; the indicators module stores what they contribute. */
@IntegrationTest
class ContributedIndicatorsIntegrationTest {

    @Autowired ContributedIndicators contributed;
    @Autowired IndicatorStore indicators;
    @Autowired JdbcClient jdbc;

    @Test
    void recognitionAndPovertyContributeTheirComputedIndicators() {
        assertThat(indicators.find("cultural-families")).hasValueSatisfying(i -> {
            assertThat(i.method()).isEqualTo(Method.COMPUTED);
            assertThat(i.recordsLink()).endsWith("title=CULTURAL_FAMILY");
            assertThat(i.description()).contains("module recognition");
        });
        assertThat(indicators.find("poor-households")).hasValueSatisfying(i -> {
            assertThat(i.method()).isEqualTo(Method.COMPUTED);
            assertThat(i.description()).contains("Nghị định 07/2021/NĐ-CP");
        });
        assertThat(jdbc.sql("select indicator_code || ' ' || module from indicators_contributed").query(String.class)
                .list()).contains("cultural-families recognition", "cultural-areas recognition",
                        "ntm-communes recognition", "civilised-wards recognition", "poor-households poverty");
    }

    @Test
    @Transactional
    void aNewIndicatorIsAddedAnUnchangedOneIsLeftAndAChangedOneStoredAgain() {
        IndicatorDefinition fund = new IndicatorDefinition("fund-donations", "Số lượt ủng hộ Quỹ", true, false,
                "Số lượt ủng hộ", "—", false, "fund.donations", null, null, "Đếm từ sổ thu của Quỹ.");
        assertThat(contributed.store("fund", fund)).isTrue();
        assertThat(indicators.find("fund-donations")).hasValueSatisfying(
                i -> assertThat(i.method()).isEqualTo(Method.COMPUTED));

        jdbc.sql("update indicators_indicator set records_link = '/officer/edit' where code = 'fund-donations'")
                .update();
        assertThat(contributed.store("fund", fund)).as("unchanged: an officer's edit stays").isFalse();
        assertThat(indicators.find("fund-donations").orElseThrow().recordsLink()).isEqualTo("/officer/edit");

        IndicatorDefinition changed = new IndicatorDefinition("fund-donations", "Số lượt ủng hộ Quỹ", true, false,
                "Số lượt ủng hộ", "—", false, "fund.donations", null, "/fund/donations?unit={unit}",
                "Đếm từ sổ thu của Quỹ.");
        assertThat(contributed.store("fund", changed)).isTrue();
        assertThat(indicators.find("fund-donations").orElseThrow().recordsLink())
                .isEqualTo("/fund/donations?unit={unit}");
    }
}
