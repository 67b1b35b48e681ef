package vn.chungsuc.evaluation.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/** The indicators counted from the Front's evaluation, defined in {@code indicators/evaluation.properties}. */
@Component
class EvaluationIndicators implements IndicatorContribution {

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/evaluation.properties");
    }
}
