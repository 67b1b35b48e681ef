package vn.chungsuc.poverty.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/** The rate of poor households from the decided lists, defined in {@code indicators/poverty.properties}. */
@Component
class PovertyIndicators implements IndicatorContribution {

    @Override
    public List<IndicatorDefinition> indicators() {
        return IndicatorDefinition.read("indicators/poverty.properties");
    }
}
