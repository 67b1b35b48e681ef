package vn.chungsuc.indicators.domain;

import vn.chungsuc.territory.UnitLevel;

/** The units an entered indicator is entered for; the units above get it by roll-up. */
public enum EntryLevel {
    COMMUNE(UnitLevel.COMMUNE),
    RESIDENTIAL_AREA(UnitLevel.RESIDENTIAL_AREA);

    private final UnitLevel level;

    EntryLevel(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
