package vn.chungsuc.fund.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;
import vn.chungsuc.shared.stats.Metric;

/**
 * The fund's figures for the dashboard and reports, by year: money raised (donations net of voided receipts) and
 * money paid out, counted at the fund's unit; houses handed over and households supported, counted at the
 * household's residential area. Amounts are whole đồng. The money raised also feeds the programme's indicator
 * {@code fund-raised} ({@code indicators/fund.properties}), which a programme's money target links to.
 */
@Component
public class FundStatistics extends CountingStatisticSource implements IndicatorContribution {

    public static final String RAISED = "fund.raised";
    public static final String PAID_OUT = "fund.paid-out";
    public static final String HOUSES = "fund.houses";
    public static final String HOUSEHOLDS = "fund.households-supported";

    FundStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/fund.properties");
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(RAISED, "fund.metric.raised", "FUND", true),
                new Metric(PAID_OUT, "fund.metric.paidOut", "FUND", true),
                new Metric(HOUSES, "fund.metric.houses", "HOUSEHOLD", true),
                new Metric(HOUSEHOLDS, "fund.metric.households", "HOUSEHOLD", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        Map<String, Object> year = Map.of("from", asOf.withDayOfYear(1));
        String sql = switch (metricCode) {
            case RAISED -> """
                    select f.unit_code as unit, sum(d.amount) as n from fund_donation d
                    join fund_fund f on f.id = d.fund_id
                    where d.void_entry_id is null and d.donated_on >= :from and d.donated_on <= :on%s
                    group by f.unit_code""".formatted(someUnits ? " and f.unit_code in (:units)" : "");
            case PAID_OUT -> """
                    select f.unit_code as unit, sum(s.amount) as n from fund_support s
                    join fund_fund f on f.id = s.fund_id
                    where s.paid_on >= :from and s.paid_on <= :on%s
                    group by f.unit_code""".formatted(someUnits ? " and f.unit_code in (:units)" : "");
            case HOUSES -> """
                    select area_code as unit, count(*) as n from fund_support
                    where handed_over_on >= :from and handed_over_on <= :on%s
                    group by area_code""".formatted(someUnits ? " and area_code in (:units)" : "");
            case HOUSEHOLDS -> """
                    select area_code as unit, count(distinct household_code) as n from fund_support
                    where paid_on >= :from and paid_on <= :on%s
                    group by area_code""".formatted(someUnits ? " and area_code in (:units)" : "");
            default -> null;
        };
        return sql == null ? List.of() : List.of(new Query(sql, year));
    }
}
