package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Who approves a unit's entered figure on its date. First the configuration: the lines valid on the date for the
 * unit or a unit above it, the deepest unit first, a line for the indicator before a line for all, the latest start
 * first; a line whose body has ended by then is passed over. Without a line, the default:
 * <ul>
 * <li>each level reports to the one above (CTrPH 1995/2017 mục IV.3, "Mặt trận các cấp tổ chức kiểm tra, đánh giá"):
 * the body of the unit above that owns the indicator approves, the Front committee unless the indicator is owned
 * by a department (Culture, Labour…); where the unit above has no such body, the officers who manage it;</li>
 * <li>a commune with no district above it (local government of two levels from 1/7/2025, Luật Tổ chức chính quyền
 * địa phương 2025) reports to its own People's Committee: the chair approves through the committee's office
 * (Văn phòng HĐND và UBND, a body with the {@link Function#OFFICE} function); where the commune has no office, its
 * managing officers, never the one who submitted.</li>
 * </ul>
 * The district's absence is read from the unit tree on the date, not from a calendar date, so a province that
 * kept a level, or a unit moved later, gets the right default.
 */
public final class ApproverPolicy {

    private ApproverPolicy() {
    }

    /** What the policy needs to know, looked up by the caller on the figure's date. */
    public record Situation(String indicator, UnitView unit, UnitView parent, LocalDate on, List<ApproverRule> rules,
            java.util.function.Function<String, Optional<Body>> bodies,
            java.util.function.Function<String, Optional<UnitView>> units, Function owner, List<Body> parentBodies,
            List<Body> ownBodies) {
    }

    public static Approver decide(Situation s) {
        return configured(s).orElseGet(() -> byDefault(s));
    }

    static Optional<Approver> configured(Situation s) {
        List<String> path = s.unit().pathCodes();
        return s.rules().stream()
                .filter(r -> r.validOn(s.on()) && r.covers(s.indicator()) && path.contains(r.unitCode()))
                .sorted(Comparator.<ApproverRule>comparingInt(r -> -path.indexOf(r.unitCode()))
                        .thenComparing(r -> r.indicatorCode() == null)
                        .thenComparing(ApproverRule::validFrom, Comparator.reverseOrder()))
                .flatMap(r -> s.bodies().apply(r.bodyCode()).filter(b -> b.validOn(s.on()))
                        .flatMap(b -> s.units().apply(b.unitCode())
                                .map(u -> of(Approver.Source.CONFIGURED, b, u, r.id())))
                        .stream())
                .findFirst();
    }

    static Approver byDefault(Situation s) {
        UnitView unit = s.unit();
        UnitView parent = s.parent();
        if (parent == null) {
            return officers(Approver.Source.OFFICERS_SAME_LEVEL, unit);
        }
        if (unit.level() == UnitLevel.COMMUNE && parent.level() == UnitLevel.PROVINCE) {
            return pick(s.ownBodies(), Function.OFFICE, BodyKind.GOVERNMENT, s.on())
                    .map(b -> of(Approver.Source.CHAIR_SAME_LEVEL, b, unit, null))
                    .orElseGet(() -> officers(Approver.Source.OFFICERS_SAME_LEVEL, unit));
        }
        Function owner = s.owner() == null ? Function.FRONT : s.owner();
        BodyKind kind = owner == Function.FRONT ? BodyKind.FRONT_COMMITTEE : BodyKind.GOVERNMENT;
        return pick(s.parentBodies(), owner, kind, s.on())
                .map(b -> of(Approver.Source.OWNER_ABOVE, b, parent, null))
                .orElseGet(() -> officers(Approver.Source.OFFICERS_ABOVE, parent));
    }

    /** The body with the function, of the kind wanted if there is one, valid on the date. */
    private static Optional<Body> pick(List<Body> bodies, Function function, BodyKind kind, LocalDate on) {
        List<Body> with = bodies.stream().filter(b -> b.validOn(on) && b.functions().contains(function)).toList();
        return with.stream().filter(b -> b.kind() == kind).findFirst().or(() -> with.stream().findFirst());
    }

    private static Approver of(Approver.Source source, Body body, UnitView at, Long rule) {
        return new Approver(source, body.code(), body.name(), body.functions(), at.code(), at.fullName(), at.path(),
                rule);
    }

    private static Approver officers(Approver.Source source, UnitView at) {
        return new Approver(source, null, null, java.util.Set.of(), at.code(), at.fullName(), at.path(), null);
    }
}
