package vn.chungsuc.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chungsuc.territory.Setting;

/**
 * What other modules read from the registry (indicators count over it; poverty and recognition list households).
 * Areas are residential-area unit codes of the territory module; every count is "as of" the date: a household
 * counts where it lived on that date, a person in the household he belonged to on that date.
 */
public interface RegistryApi {

    /** Households living in any of the areas on the date. */
    long countHouseholds(Collection<String> areaCodes, LocalDate asOf);

    /** Persons belonging on the date to a household living in any of the areas. */
    long countPersons(Collection<String> areaCodes, LocalDate asOf);

    /** Households on the date per area (areas with none are left out). */
    Map<String, Long> householdsByArea(Collection<String> areaCodes, LocalDate asOf);

    /** Households on the date split by the rural or urban setting of their area's type on that date. */
    Map<Setting, Long> householdsBySetting(Collection<String> areaCodes, LocalDate asOf);

    /** The households living in the areas on the date, ordered by code. */
    List<HouseholdRef> households(Collection<String> areaCodes, LocalDate asOf);

    /**
     * Of the household codes given, those living on the date in one of the areas, keyed by code: one query whatever
     * the number of codes, for checking a list (a title decision's families) without reading every household of the
     * areas.
     */
    Map<String, HouseholdRef> householdsAmong(Collection<String> householdCodes, Collection<String> areaCodes,
            LocalDate asOf);

    /** A household as of the date, if it existed then. */
    Optional<HouseholdRef> household(String code, LocalDate asOf);

    /** Organisations of a kind open on the date in the units (communes or areas) given. */
    long countOrganisations(OrganisationKind kind, Collection<String> unitCodes, LocalDate asOf);

    /** Organisations of any kind open on the date in the units (communes or areas) given, by name. */
    List<OrganisationRef> organisations(Collection<String> unitCodes, LocalDate asOf);

    /** The members of a household on the date, the head first, then by birth date. */
    List<MemberRef> members(String householdCode, LocalDate asOf);
}
