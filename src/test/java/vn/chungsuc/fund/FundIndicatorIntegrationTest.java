package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.FundStatistics;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/**
 * The programme's money target reads the fund (issue 14): the fund module contributes the indicator
 * {@code fund-raised}, computed from its metric {@code fund.raised}, through {@code shared.stats}, and the indicators
 * module stores it as the fund's.
 */
@IntegrationTest
class FundIndicatorIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired FundStatistics statistics;

    @Test
    void theFundContributesTheIndicatorOfMoneyRaisedComputedFromItsMetric() {
        IndicatorDefinition d = statistics.indicators().stream().filter(i -> i.code().equals("fund-raised"))
                .findFirst().orElseThrow();
        assertThat(d.computed()).isTrue();
        assertThat(d.numeratorMetric()).isEqualTo(FundStatistics.RAISED);
        assertThat(d.denominatorRequired()).isFalse();
        assertThat(statistics.metrics().stream().map(m -> m.code())).contains(d.numeratorMetric());

        Map<String, Object> stored = jdbc.sql("""
                select i.method, i.numerator_metric, c.module from indicators_indicator i
                join indicators_contributed c on c.indicator_code = i.code where i.code = 'fund-raised'""")
                .query().singleRow();
        assertThat(stored.get("method")).isEqualTo("COMPUTED");
        assertThat(stored.get("numerator_metric")).isEqualTo(FundStatistics.RAISED);
        assertThat(stored.get("module")).isEqualTo("fund");
    }
}
