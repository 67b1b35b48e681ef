package vn.chungsuc.indicators.domain;

import vn.chungsuc.territory.Setting;

/**
 * A numerator and denominator at the unit where the records sit, with that unit's setting at the end of the period
 * (null when the unit is unknown to the territory).
 */
public record Fact(String unitCode, Setting setting, Fraction value) {
}
