package vn.chungsuc.shared.stats;

import java.util.List;

/**
 * Implemented by a feature module that defines indicators over its metrics (recognition's titles, poverty's poor
 * households…). The indicators module stores each definition on start, before the demo and the recounts, and again
 * whenever the module changes it; an officer's later edit of a definition stays until then.
 */
public interface IndicatorContribution {

    List<IndicatorDefinition> indicators();
}
