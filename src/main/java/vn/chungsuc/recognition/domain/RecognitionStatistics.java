package vn.chungsuc.recognition.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.recognition.TitleAwarded;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticChanged;

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
class RecognitionStatistics extends CountingStatisticSource {

    /** From this day of a year the year's round counts; before it, the previous year's. */
    static final MonthDay ROUND_CLOSES = MonthDay.of(12, 1);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RecognitionStatistics(JdbcClient jdbc, ApplicationEventPublisher events) {
        super(jdbc);
        this.jdbc = jdbc;
        this.events = events;
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

    /** One range of years per title (an index range on title and year), rather than every year's awards. */
    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        int year = yearInForce(asOf);
        List<Object[]> titles = jdbc.sql("select code, years_valid from recognition_title where metric_code = ?")
                .param(metricCode).query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2)}).list();
        List<Query> out = new ArrayList<>();
        for (Object[] t : titles) {
            int from = t[1] == null ? 0 : year - ((Number) t[1]).intValue() + 1;
            out.add(new Query("""
                    select counted_unit as unit, count(distinct subject_code) as n from recognition_award
                    where title_code = :title and year between :from and :year and signed_on <= :on%s
                    group by counted_unit""".formatted(someUnits ? " and counted_unit in (:units)" : ""),
                    Map.of("title", t[0], "from", from, "year", year)));
        }
        return out;
    }

    /**
     * A decision moves its title's metric at the units where its subjects are counted, from its signing (after its
     * commit, in a transaction of its own that records the statistic change).
     */
    @ApplicationModuleListener
    void on(TitleAwarded awarded) {
        List<String> metric = jdbc.sql("select metric_code from recognition_title where code = ?")
                .param(awarded.titleCode()).query(String.class).list();
        if (metric.isEmpty() || metric.get(0) == null) {
            return;
        }
        // An event published before the units were carried (redelivered after an upgrade) reads them back.
        List<String> units = awarded.countedUnits() != null ? awarded.countedUnits()
                : jdbc.sql("select distinct counted_unit from recognition_award where decision_id = ?")
                        .param(awarded.decisionId()).query(String.class).list();
        events.publishEvent(StatisticChanged.at(metric.get(0), units, awarded.signedOn()));
    }
}
