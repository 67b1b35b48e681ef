package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chungsuc.territory.UnitView;

/**
 * The version rows one operation will write, gathered first so that they go to the database in three batches, in an
 * order the no-overlap constraint accepts: closings, then in-place rewrites, then new versions.
 */
final class VersionChanges {

    record Closing(long id, LocalDate validTo) {
    }

    record Rewrite(long id, UnitView view) {
    }

    final List<Closing> closings = new ArrayList<>();
    final List<Rewrite> rewrites = new ArrayList<>();
    final List<UnitView> inserts = new ArrayList<>();

    /** The catalogue import the new and rewritten versions come from; null for a recorded change. */
    Long catalogueImportId;

    /**
     * From {@code on}, the unit is as {@code next} says. The current version ends on that date and a new one takes
     * over until the current one would have ended; a version that starts on that very date is rewritten instead.
     */
    void supersede(StoredVersion current, UnitView next, LocalDate on) {
        UnitView dated = new UnitView(next.code(), next.name(), next.type(), next.parentCode(), next.path(), on,
                current.view().validTo());
        if (current.view().validFrom().equals(on)) {
            rewrites.add(new Rewrite(current.id(), dated));
        } else {
            closings.add(new Closing(current.id(), on));
            inserts.add(dated);
        }
    }

    void close(StoredVersion current, LocalDate on) {
        closings.add(new Closing(current.id(), on));
    }

    void insert(UnitView view) {
        inserts.add(view);
    }

    boolean isEmpty() {
        return closings.isEmpty() && rewrites.isEmpty() && inserts.isEmpty();
    }
}
