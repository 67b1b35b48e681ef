package vn.chungsuc.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading programmes, their targets and the allocation of targets to units. */
public interface CampaignApi {

    /** All programmes, the latest period first. */
    List<ProgrammeView> programmes();

    Optional<ProgrammeView> programme(long id);

    /** The targets of a programme in the programme's order. */
    List<TargetView> targets(long programmeId);

    Optional<TargetView> target(long targetId);

    /** The goal of a target allocated to each unit, keyed by unit code. */
    Map<String, Goal> allocations(long targetId);

    /** The allocations of all targets of a programme: target id → unit code → goal. */
    Map<Long, Map<String, Goal>> allocationsOf(long programmeId);
}
