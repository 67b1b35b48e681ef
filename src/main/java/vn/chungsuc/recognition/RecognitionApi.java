package vn.chungsuc.recognition;

import java.util.List;
import java.util.Optional;
import vn.chungsuc.shared.scope.UnitScope;

/** What other modules and integrators read and write: recognition decisions. */
public interface RecognitionApi {

    /**
     * Records a decision and publishes one award per subject (the facts the indicators count). Refused with a
     * Vietnamese message naming the field at fault when the input is wrong, outside the scope, or a subject is not
     * eligible (excluded, failed the vote, already recognised for the year).
     */
    DecisionView decide(NewDecision decision, UnitScope scope);

    Optional<DecisionView> decision(long id, UnitScope scope);

    /** Decisions of a title and year (either may be null) in units the scope may view, newest first. */
    List<DecisionView> decisions(String titleCode, Integer year, UnitScope scope, int limit);
}
