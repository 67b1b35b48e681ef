package vn.chungsuc.campaign.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.ProgrammeChanged;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * Reads and writes programmes, targets and allocations. Each write checks that the user may edit the programme,
 * runs in one transaction with its audit entry, and publishes {@link ProgrammeChanged}.
 */
@Service
@Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
public class Programmes implements CampaignApi {

    static final String AUDIT_PROGRAMME = "campaign.programme";
    static final String AUDIT_TARGET = "campaign.target";

    private final ProgrammeStore store;
    private final CampaignAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Programmes(ProgrammeStore store, CampaignAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** A problem with a form that its annotations cannot see: a field, a message key and its arguments. */
    public record Violation(String field, String key, Object... args) {
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound(Object id) {
            super("Not found: " + id);
        }
    }

    @Override
    public List<ProgrammeView> programmes() {
        return store.list();
    }

    @Override
    public Optional<ProgrammeView> programme(long id) {
        return store.find(id);
    }

    @Override
    public List<TargetView> targets(long programmeId) {
        return store.targets(programmeId);
    }

    @Override
    public Optional<TargetView> target(long targetId) {
        return store.target(targetId);
    }

    @Override
    public Map<String, Goal> allocations(long targetId) {
        return store.allocations(targetId);
    }

    @Override
    public Map<Long, Map<String, Goal>> allocationsOf(long programmeId) {
        return store.allocationsOf(programmeId);
    }

    public ProgrammeView require(long id) {
        return store.find(id).orElseThrow(() -> new NotFound(id));
    }

    public TargetView requireTarget(long programmeId, long targetId) {
        return store.target(targetId).filter(t -> t.programmeId() == programmeId)
                .orElseThrow(() -> new NotFound(targetId));
    }

    public List<Violation> check(ProgrammeForm form) {
        List<Violation> out = new ArrayList<>();
        if (form.fromYear() != null && form.toYear() != null && form.toYear() < form.fromYear()) {
            out.add(new Violation("periodTo", "campaign.programme.period.order"));
        }
        if (form.unitCode() != null && !form.unitCode().isBlank() && form.issuedOn() != null) {
            String code = form.unitCode().strip().toUpperCase();
            if (access.unit(code, form.issuedOn()).isEmpty()) {
                out.add(new Violation("unitCode", "campaign.programme.unitCode.unknown", code));
            } else if (!access.mayManageUnit(code, form.issuedOn())) {
                out.add(new Violation("unitCode", "campaign.programme.unitCode.scope", code));
            }
        }
        if (form.contentCount() > 20) {
            out.add(new Violation("contents", "campaign.programme.contents.tooMany"));
        }
        return out;
    }

    @Transactional
    public long create(ProgrammeForm form) {
        if (!access.mayEditProgrammes()) {
            throw new AccessDeniedException("not a Front officer");
        }
        ProgrammeView p = form.toView(0);
        long id = store.insert(p);
        ProgrammeView stored = require(id);
        audit.record("CREATE", AUDIT_PROGRAMME, String.valueOf(id), "Thêm " + p.kind() + " số " + p.number(), null,
                stored);
        events.publishEvent(new ProgrammeChanged(id));
        return id;
    }

    @Transactional
    public void update(long id, ProgrammeForm form) {
        ProgrammeView before = editable(id);
        store.update(id, form.toView(id));
        ProgrammeView after = require(id);
        audit.record("UPDATE", AUDIT_PROGRAMME, String.valueOf(id), "Sửa " + after.kind() + " số " + after.number(),
                before, after);
        events.publishEvent(new ProgrammeChanged(id));
    }

    public List<Violation> checkTarget(long programmeId, TargetForm form, Long targetId) {
        List<Violation> out = new ArrayList<>();
        if (form.code() != null && !form.code().isBlank()
                && store.codeTaken(programmeId, form.code().strip().toUpperCase(), targetId)) {
            out.add(new Violation("code", "campaign.target.code.taken", form.code().strip().toUpperCase()));
        }
        BigDecimal value = form.goalValue();
        if (form.kind() != null && value != null) {
            if (form.kind() != GoalKind.COUNT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                out.add(new Violation("value", "campaign.target.value.percent"));
            }
            if (form.kind() == GoalKind.COUNT && value.stripTrailingZeros().scale() > 0) {
                out.add(new Violation("value", "campaign.target.value.whole"));
            }
            Integer whole = form.whole();
            if (form.kind() == GoalKind.COUNT && whole != null && whole < 1) {
                out.add(new Violation("outOf", "campaign.target.outOf.pattern"));
            } else if (form.kind() == GoalKind.COUNT && whole != null
                    && value.compareTo(BigDecimal.valueOf(whole)) > 0) {
                out.add(new Violation("outOf", "campaign.target.outOf.small"));
            }
        }
        return out;
    }

    @Transactional
    public long addTarget(long programmeId, TargetForm form) {
        editable(programmeId);
        TargetView t = form.toView(0, programmeId, store.nextSeq(programmeId));
        long id = store.insertTarget(t);
        TargetView stored = store.target(id).orElseThrow();
        audit.record("CREATE", AUDIT_TARGET, String.valueOf(id), "Thêm chỉ tiêu " + t.code() + ": " + t.shortLabel(),
                null, stored);
        events.publishEvent(new ProgrammeChanged(programmeId));
        return id;
    }

    @Transactional
    public void updateTarget(long programmeId, long targetId, TargetForm form) {
        editable(programmeId);
        TargetView before = requireTarget(programmeId, targetId);
        TargetView t = form.toView(targetId, programmeId, before.seq());
        store.updateTarget(t);
        audit.record("UPDATE", AUDIT_TARGET, String.valueOf(targetId), "Sửa chỉ tiêu " + t.code() + ": "
                + t.shortLabel(), before, store.target(targetId).orElseThrow());
        events.publishEvent(new ProgrammeChanged(programmeId));
    }

    /**
     * Sets the goals allocated to the units under one unit. Units given no goal lose their allocation.
     *
     * @param units the units the form listed (the children of the unit being allocated)
     */
    @Transactional
    public void allocate(long programmeId, long targetId, List<String> units, Map<String, Goal> goals) {
        editable(programmeId);
        TargetView target = requireTarget(programmeId, targetId);
        Map<String, Goal> before = new LinkedHashMap<>(store.allocations(targetId));
        before.keySet().retainAll(units);
        store.replaceAllocations(targetId, units, goals);
        audit.record("ALLOCATE", AUDIT_TARGET, String.valueOf(targetId), "Phân bổ chỉ tiêu " + target.code()
                + " cho " + goals.size() + " đơn vị", allocationJson(before), allocationJson(goals));
        events.publishEvent(new ProgrammeChanged(programmeId));
    }

    /**
     * Records a whole programme as the system (demo data, a future import): no user check, one audit entry.
     *
     * @param allocations target code → unit code → goal
     */
    @Transactional
    public long importProgramme(ProgrammeView programme, List<TargetView> targets,
            Map<String, Map<String, Goal>> allocations) {
        long id = store.insert(programme);
        int seq = 1;
        for (TargetView t : targets) {
            long targetId = store.insertTarget(new TargetView(0, id, t.code(), seq++, t.group(), t.label(),
                    t.shortLabel(), t.subject(), t.population(), t.goal(), t.deadlineYear(), t.indicatorCode(),
                    t.contentNumber(), t.legalBasis()));
            Map<String, Goal> goals = allocations.getOrDefault(t.code(), Map.of());
            store.replaceAllocations(targetId, List.copyOf(goals.keySet()), goals);
        }
        audit.record("IMPORT", AUDIT_PROGRAMME, String.valueOf(id), "Nhập " + programme.kind() + " số "
                + programme.number() + " với " + targets.size() + " chỉ tiêu", null, require(id));
        events.publishEvent(new ProgrammeChanged(id));
        return id;
    }

    private static Map<String, String> allocationJson(Map<String, Goal> goals) {
        Map<String, String> out = new LinkedHashMap<>();
        goals.forEach((unit, goal) -> out.put(unit, goal.value().toPlainString()
                + (goal.outOf() == null ? "" : "/" + goal.outOf())));
        return out;
    }

    private ProgrammeView editable(long id) {
        ProgrammeView p = require(id);
        if (!access.mayEdit(p)) {
            throw new AccessDeniedException("may not edit programme " + id);
        }
        return p;
    }
}
