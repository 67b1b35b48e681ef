package vn.chungsuc.plan.training;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;
import vn.chungsuc.shared.stats.Metric;

/**
 * Trainings and their attendees per unit the training was held for, in the year of the date asked for (up to it):
 * the programme's yearly trainings (1995/CTrPH IV.3, VI.1.6) as figures on the dashboard and in reports. The
 * indicator over them is defined in {@code indicators/plan.properties}.
 */
@Component
class TrainingStatistics extends CountingStatisticSource implements IndicatorContribution {

    static final String TRAININGS = "plan.trainings";
    static final String ATTENDEES = "plan.training-attendees";

    private static final String COUNT = """
            select t.unit_code as unit, %s as n from plan_training t %s
            where t.held_on <= :on and t.held_on >= date_trunc('year', cast(:on as date))%s
            group by t.unit_code""";

    TrainingStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(TRAININGS, "plan.metric.trainings", "TRAINING", true),
                new Metric(ATTENDEES, "plan.metric.trainingAttendees", "PERSON", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String units = someUnits ? " and t.unit_code in (:units)" : "";
        return switch (metricCode) {
            case TRAININGS -> List.of(new Query(COUNT.formatted("count(*)", "", units)));
            case ATTENDEES -> List.of(new Query(COUNT.formatted("count(a.id)",
                    "join plan_training_attendee a on a.training_id = t.id", units)));
            default -> List.of();
        };
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/plan.properties");
    }
}
