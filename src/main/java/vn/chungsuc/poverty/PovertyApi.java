package vn.chungsuc.poverty;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (the Fund for the Poor) may ask of the poverty register: a household's status by the lists in
 * force on a date, and who holds a status under a unit. A list holds for a residential area from its decision (by
 * the commune chair) until the next decision; a household is judged by the latest list in force that names it, and
 * an officer's override counts instead of the computed class. Changes are announced by {@link PovertyStatusChanged}.
 */
public interface PovertyApi {

    /**
     * The household's status on the date: {@code POOR}, {@code NEAR_POOR}, or {@code NOT_POOR} when no list in force
     * names it as either.
     */
    PovertyClass status(String householdCode, LocalDate on);

    /**
     * The codes of the households that hold the status ({@code POOR} or {@code NEAR_POOR}) on the date in the
     * residential areas of the unit's subtree on that date (the unit itself when it is one), sorted.
     */
    List<String> households(String unitCode, LocalDate on, PovertyClass status);
}
