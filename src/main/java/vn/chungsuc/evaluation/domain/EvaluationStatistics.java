package vn.chungsuc.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.Metric;

/**
 * The Front's evaluation as counts per residential area, for the year of the date asked: of each area the latest
 * reviewed evaluation of that year (the year's, or else its first half's) reviewed by that date; the areas at each
 * level by its position in the scale (1 the highest: the names are the scale's data, the positions are not); and of
 * each area's latest poll of the year held by that date, the people asked and those satisfied (the dashboard's
 * "% hài lòng" divides them).
 */
@Component
class EvaluationStatistics extends CountingStatisticSource {

    static final String REVIEWED = "evaluation.areas-reviewed";
    static final String LEVEL_1 = "evaluation.areas-level-1";
    static final String LEVEL_2 = "evaluation.areas-level-2";
    static final String LEVEL_3 = "evaluation.areas-level-3";
    static final String LEVEL_4 = "evaluation.areas-level-4";
    static final String POLLED = "evaluation.poll-asked";
    static final String SATISFIED = "evaluation.poll-satisfied";

    EvaluationStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(REVIEWED, "evaluation.metric.reviewed", "RESIDENTIAL_AREA", true),
                new Metric(LEVEL_1, "evaluation.metric.level1", "RESIDENTIAL_AREA", true),
                new Metric(LEVEL_2, "evaluation.metric.level2", "RESIDENTIAL_AREA", true),
                new Metric(LEVEL_3, "evaluation.metric.level3", "RESIDENTIAL_AREA", true),
                new Metric(LEVEL_4, "evaluation.metric.level4", "RESIDENTIAL_AREA", true),
                new Metric(POLLED, "evaluation.metric.polled", "PERSON", true),
                new Metric(SATISFIED, "evaluation.metric.satisfied", "PERSON", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String units = someUnits ? " and area_unit in (:units)" : "";
        Map<String, Object> year = Map.of("ys", LocalDate.of(asOf.getYear(), 1, 1),
                "ye", LocalDate.of(asOf.getYear(), 12, 31));
        List<Query> out = new ArrayList<>();
        String latest = """
                select distinct on (area_unit) area_unit, final_position from evaluation_assessment
                where state = 'REVIEWED' and period_end between :ys and :ye and reviewed_on <= :on%s
                order by area_unit, period_end desc""".formatted(units);
        String polls = """
                select distinct on (area_unit) area_unit, sample_size, satisfied from evaluation_poll
                where period_end between :ys and :ye and held_on <= :on%s
                order by area_unit, period_end desc""".formatted(units);
        switch (metricCode) {
            case REVIEWED -> out.add(new Query("select area_unit as unit, count(*) as n from (" + latest
                    + ") x group by area_unit", year));
            case LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4 -> {
                Map<String, Object> p = new java.util.HashMap<>(year);
                p.put("pos", Integer.parseInt(metricCode.substring(metricCode.length() - 1)));
                out.add(new Query("select area_unit as unit, count(*) as n from (" + latest
                        + ") x where final_position = :pos group by area_unit", p));
            }
            case POLLED -> out.add(new Query("select area_unit as unit, sum(sample_size) as n from (" + polls
                    + ") x group by area_unit", year));
            case SATISFIED -> out.add(new Query("select area_unit as unit, sum(satisfied) as n from (" + polls
                    + ") x group by area_unit", year));
            default -> {
            }
        }
        return out;
    }
}
