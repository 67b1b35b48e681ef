package vn.chungsuc.indicators.domain;

import vn.chungsuc.territory.UnitView;

/**
 * Who may do what with an entered value. The programme has each level report to the one above it ("Mặt trận các
 * cấp tổ chức kiểm tra, đánh giá kết quả thực hiện", section IV.3): the officers of a unit enter and submit its
 * values, and their {@link Approver} (configured, or the default of {@link ApproverPolicy}) approves them or sends
 * them back. Nobody approves his own submission.
 */
public final class EntryPolicy {

    private EntryPolicy() {
    }

    /** A decision with the message key (and its arguments) that explains a refusal. */
    public record Decision(boolean allowed, String reasonKey, java.util.List<Object> args) {

        static final Decision YES = new Decision(true, null, java.util.List.of());

        static Decision no(String key, Object... args) {
            return new Decision(false, key, java.util.List.of(args));
        }

        /** The refusal as a sentence for the page; null when allowed. */
        public vn.chungsuc.shared.text.Text text() {
            return allowed ? null : new vn.chungsuc.shared.text.Text(reasonKey, args);
        }
    }

    /** The officers who manage the unit (or a unit above it) enter its values; not while they wait for approval. */
    public static Decision mayEnter(Actor actor, UnitView unit, Entry entry) {
        if (!actor.scope().canManage(unit.path())) {
            return Decision.no("indicators.entry.refused.scope");
        }
        if (entry != null && !entry.status().editable()) {
            return Decision.no("indicators.entry.refused.submitted");
        }
        return Decision.YES;
    }

    public static Decision maySubmit(Actor actor, UnitView unit, Entry entry) {
        if (!actor.scope().canManage(unit.path())) {
            return Decision.no("indicators.entry.refused.scope");
        }
        if (entry == null || (entry.status() != EntryStatus.DRAFT && entry.status() != EntryStatus.RETURNED)) {
            return Decision.no("indicators.entry.refused.notDraft");
        }
        return Decision.YES;
    }

    /** The figure's approver approves: a user the approver admits, and not the one who submitted. */
    public static Decision mayApprove(Actor actor, Approver approver, Entry entry) {
        if (entry == null || entry.status() != EntryStatus.SUBMITTED) {
            return Decision.no("indicators.entry.refused.notSubmitted");
        }
        if (!approver.admits(actor)) {
            return Decision.no("indicators.entry.refused.approver", approver.label());
        }
        if (!actor.admin() && actor.username().equals(entry.submittedBy())) {
            return Decision.no("indicators.entry.refused.own");
        }
        return Decision.YES;
    }

    /** "/VN/38/381/14812/" → "/VN/38/381/". */
    static String parentPath(UnitView unit) {
        String path = unit.path();
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? path : path.substring(0, cut + 1);
    }
}
