package vn.chungsuc.feedback.mediation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;
import vn.chungsuc.shared.stats.Metric;

/**
 * Mediation cases per residential area in the year of the date asked for (received from 1 January up to it), and
 * those mediated successfully: the "law and order" content of the campaign (seed II.4: "phát huy vai trò các tổ hòa
 * giải") as figures on the dashboard and in reports. The indicator over them is in
 * {@code indicators/feedback.properties}.
 */
@Component
class MediationStatistics extends CountingStatisticSource implements IndicatorContribution {

    static final String CASES = "feedback.mediation-cases";
    static final String SUCCESSFUL = "feedback.mediation-successful";

    MediationStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(CASES, "feedback.metric.mediationCases", "MEDIATION_CASE", true),
                new Metric(SUCCESSFUL, "feedback.metric.mediationSuccessful", "MEDIATION_CASE", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String outcome = switch (metricCode) {
            case CASES -> "";
            case SUCCESSFUL -> " and outcome = 'SUCCESS'";
            default -> null;
        };
        if (outcome == null) {
            return List.of();
        }
        return List.of(new Query("select area_code as unit, count(*) as n from feedback_mediation_case "
                + "where received_on <= :on and received_on >= date_trunc('year', cast(:on as date))" + outcome
                + (someUnits ? " and area_code in (:units)" : "") + " group by area_code"));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/feedback.properties");
    }
}
