package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/** A version as stored: its row id and what it says. */
record StoredVersion(long id, UnitView view) {

    String code() {
        return view.code();
    }

    String path() {
        return view.path();
    }

    /** The same unit with other attributes, for a new version; dates are set by the caller. */
    UnitView with(String name, UnitType type, String parentCode, String path) {
        return new UnitView(view.code(), name, type, parentCode, path, view.validFrom(), view.validTo());
    }

    /** Whether this version says the same as {@code other} (dates aside). */
    boolean sameAs(UnitView other) {
        return view.name().equals(other.name()) && view.type() == other.type()
                && java.util.Objects.equals(view.parentCode(), other.parentCode()) && view.path().equals(other.path());
    }

    boolean validOn(LocalDate date) {
        return view.validOn(date);
    }
}
