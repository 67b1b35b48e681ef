package vn.chungsuc.recognition.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * The counts the programme's indicators take from the titles: subjects holding a title on a date, per unit where
 * they are counted (a family at its residential area, an area or an agency at its commune, a commune or ward at
 * itself). All metrics are yearly.
 *
 * <p>Which year's titles hold on a date: from {@link #ROUND_CLOSES} (1 December) the titles of that year's round
 * count, as soon as their decision is signed; before it, the titles of the previous year's round still hold. So
 * the dashboard's "6 tháng đầu năm 2020" shows the families recognised for 2019 and the year 2020 those recognised
 * for 2020 (rounds end before 25/11 under NĐ 86/2023/NĐ-CP; the Great Unity Day on 18/11 closes them in practice).
 * A title with {@code years_valid} n (an agency: 5 years, TT 08/2014/TT-BVHTTDL) counts for n years from its year;
 * one without (a new rural commune) until revoked.
 */
@Component
class RecognitionStatistics implements StatisticSource {

    /** From this day of a year the year's round counts; before it, the previous year's. */
    static final MonthDay ROUND_CLOSES = MonthDay.of(12, 1);

    private final JdbcClient jdbc;

    RecognitionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The title year that holds on the date. */
    static int yearInForce(LocalDate on) {
        return MonthDay.from(on).isBefore(ROUND_CLOSES) ? on.getYear() - 1 : on.getYear();
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                new Metric("recognition.cultural-families", "recognition.metric.cultural-families", "HOUSEHOLD", true),
                new Metric("recognition.cultural-areas", "recognition.metric.cultural-areas", "RESIDENTIAL_AREA",
                        true),
                new Metric("recognition.cultural-agencies", "recognition.metric.cultural-agencies", "AGENCY", true),
                new Metric("recognition.new-rural-communes", "recognition.metric.new-rural-communes", "COMMUNE",
                        true),
                new Metric("recognition.civilised-wards", "recognition.metric.civilised-wards", "WARD", true),
                new Metric("recognition.civilised-quarters", "recognition.metric.civilised-quarters",
                        "RESIDENTIAL_AREA", true),
                new Metric("recognition.civilised-agencies", "recognition.metric.civilised-agencies", "AGENCY", true),
                new Metric("recognition.civilised-enterprises", "recognition.metric.civilised-enterprises",
                        "ENTERPRISE", true),
                new Metric("recognition.exemplary-citizens", "recognition.metric.exemplary-citizens", "PERSON",
                        true),
                new Metric("recognition.model-families", "recognition.metric.model-families", "HOUSEHOLD", true));
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        return count(metricCode, asOf, null);
    }

    /** Only the units asked for (the areas of one decision's families). */
    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        return units.isEmpty() ? Map.of() : count(metricCode, asOf, units);
    }

    private Map<String, Long> count(String metricCode, LocalDate asOf, Collection<String> units) {
        Map<String, Long> out = new HashMap<>();
        int year = yearInForce(asOf);
        // One range of years per title (an index range on title and year), rather than every year's awards.
        List<Object[]> titles = jdbc.sql("select code, years_valid from recognition_title where metric_code = ?")
                .param(metricCode).query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2)}).list();
        for (Object[] t : titles) {
            int from = t[1] == null ? 0 : year - ((Number) t[1]).intValue() + 1;
            var statement = jdbc.sql("""
                    select counted_unit, count(distinct subject_code) from recognition_award
                    where title_code = :title and year between :from and :year and signed_on <= :on%s
                    group by counted_unit""".formatted(units == null ? "" : " and counted_unit in (:units)"))
                    .param("title", t[0]).param("from", from).param("year", year).param("on", asOf);
            if (units != null) {
                statement = statement.param("units", List.copyOf(units));
            }
            statement.query(rs -> {
                out.merge(rs.getString(1), rs.getLong(2), Long::sum);
            });
        }
        return out;
    }
}
