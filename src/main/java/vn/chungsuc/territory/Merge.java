package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * Several units become one on a date (sáp nhập). The sources end on that date; the units under them move to the
 * target with their whole subtrees; a lineage event links each source to the target.
 *
 * @param target an existing unit that absorbs the others, or a new unit made of them
 * @param retypeResidentialAreas whether residential areas take the kind that fits their new commune (thôn, xóm
 *     moving into a ward become khu phố) – only where the decision on the merger says so
 */
public record Merge(List<String> sources, Target target, LocalDate effectiveOn, String legalBasis, String note,
        boolean retypeResidentialAreas) {

    public Merge {
        sources = List.copyOf(sources);
    }

    /** What the sources merge into. */
    public sealed interface Target {

        String code();
    }

    /** An existing unit, which goes on unchanged (it may be one of the sources' neighbours, never a source). */
    public record Into(String code) implements Target {
    }

    /** A unit created by the merger, valid from its effective date. */
    public record IntoNew(String code, String name, UnitType type, String parentCode) implements Target {
    }
}
