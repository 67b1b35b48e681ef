package vn.chungsuc.recognition.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/** The programme's indicators counted from recognition's titles, defined in {@code indicators/recognition.properties}. */
@Component
class RecognitionIndicators implements IndicatorContribution {

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/recognition.properties");
    }
}
