package vn.chungsuc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.Metric;

/**
 * Citizens' reports per commune for the dashboard and the reports: received in the year up to the date, answered
 * in the year, answered on time (by the deadline before any extension), and accepted by their reporter. Yearly
 * metrics: the indicators count them as of a period's last day.
 */
@Component
public class FeedbackStatistics extends CountingStatisticSource {

    public static final String RECEIVED = "feedback.received";
    public static final String ANSWERED = "feedback.answered";
    public static final String ON_TIME = "feedback.answered-on-time";
    public static final String ACCEPTED = "feedback.accepted";

    FeedbackStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(RECEIVED, "feedback.metric.received", "REPORT", true),
                new Metric(ANSWERED, "feedback.metric.answered", "REPORT", true),
                new Metric(ON_TIME, "feedback.metric.onTime", "REPORT", true),
                new Metric(ACCEPTED, "feedback.metric.accepted", "REPORT", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String condition = switch (metricCode) {
            case RECEIVED -> "received_on between :start and :on";
            case ANSWERED -> "answered_on between :start and :on";
            case ON_TIME -> "answered_on between :start and :on and answered_on <= due_on";
            case ACCEPTED -> "answered_on between :start and :on and accepted";
            default -> null;
        };
        if (condition == null) {
            return List.of();
        }
        return List.of(new Query("select commune_code as unit, count(*) as n from feedback_report where " + condition
                + (someUnits ? " and commune_code in (:units)" : "") + " group by commune_code",
                Map.of("start", asOf.withDayOfYear(1))));
    }
}
