package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chungsuc.registry.HouseholdEnded;
import vn.chungsuc.registry.HouseholdMoved;
import vn.chungsuc.registry.HouseholdRegistered;
import vn.chungsuc.registry.HouseholdSplit;
import vn.chungsuc.registry.HouseholdsImported;
import vn.chungsuc.registry.OrganisationSaved;
import vn.chungsuc.registry.PersonBorn;
import vn.chungsuc.registry.PersonDied;
import vn.chungsuc.registry.PersonMoved;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticChanged;

/**
 * What the registry gives the programme's indicators: households and persons per residential area on a date, and
 * organisations, public places and streets per unit (the denominators of "80% of households", "85 agencies", "60%
 * of public places"…). Each change of the registry is announced, right after the write's commit, as one
 * {@link StatisticChanged} per metric naming every unit it touched, so that the figures follow within moments.
 *
 * <p>It reads the registry's own tables, grouping by the unit each record sits in on the date.
 */
@Component
class RegistryStatistics extends CountingStatisticSource {

    static final String HOUSEHOLDS = "registry.households";
    static final String PERSONS = "registry.persons";
    static final String AGENCIES = "registry.organisations.agency";
    static final String AGENCIES_OR_SCHOOLS = "registry.organisations.agency-or-school";
    static final String ENTERPRISES = "registry.organisations.enterprise";
    static final String PUBLIC_PLACES = "registry.public-places";
    static final String STREETS = "registry.streets";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RegistryStatistics(JdbcClient jdbc, ApplicationEventPublisher events) {
        super(jdbc);
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                new Metric(HOUSEHOLDS, "registry.metric.households", "HOUSEHOLD", false),
                new Metric(PERSONS, "registry.metric.persons", "PERSON", false),
                new Metric(AGENCIES, "registry.metric.agencies", "AGENCY", false),
                new Metric(AGENCIES_OR_SCHOOLS, "registry.metric.agenciesOrSchools", "AGENCY", false),
                new Metric(ENTERPRISES, "registry.metric.enterprises", "ENTERPRISE", false),
                new Metric(PUBLIC_PLACES, "registry.metric.publicPlaces", "PUBLIC_PLACE", false),
                new Metric(STREETS, "registry.metric.streets", "STREET", false));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String areaFilter = someUnits ? " and l.area_code in (:units)" : "";
        String unitFilter = someUnits ? " and unit_code in (:units)" : "";
        String sql = switch (metricCode) {
            case HOUSEHOLDS -> """
                    select l.area_code as unit, count(*) as n
                    from registry_household_location l
                    where l.valid_from <= :on and (l.valid_to is null or l.valid_to > :on)%s
                    group by l.area_code""".formatted(areaFilter);
            case PERSONS -> """
                    select l.area_code as unit, count(*) as n
                    from registry_membership m
                    join registry_household_location l on l.household_id = m.household_id
                     and l.valid_from <= :on and (l.valid_to is null or l.valid_to > :on)%s
                    where m.valid_from <= :on and (m.valid_to is null or m.valid_to > :on)
                    group by l.area_code""".formatted(areaFilter);
            case AGENCIES -> organisations("'AGENCY', 'UNIT'", unitFilter);
            case AGENCIES_OR_SCHOOLS -> organisations("'AGENCY', 'UNIT', 'SCHOOL'", unitFilter);
            case ENTERPRISES -> organisations("'ENTERPRISE'", unitFilter);
            case PUBLIC_PLACES -> "select unit_code as unit, count(*) as n from registry_public_place where true"
                    + unitFilter + " group by unit_code";
            case STREETS -> "select unit_code as unit, count(*) as n from registry_street where true" + unitFilter
                    + " group by unit_code";
            default -> null;
        };
        return sql == null ? List.of() : List.of(new Query(sql));
    }

    private static String organisations(String kinds, String unitFilter) {
        return "select unit_code as unit, count(*) as n from registry_organisation where kind in (" + kinds + ")"
                + " and (established_on is null or established_on <= :on) and (closed_on is null or closed_on > :on)"
                + unitFilter + " group by unit_code";
    }

    // The registry's own events become statistic changes after the write's commit, in a transaction of their
    // own that records the statistic changes' publications (Spring Modulith completes each event's publication
    // only once they are recorded).

    @ApplicationModuleListener
    void on(HouseholdRegistered e) {
        households(Arrays.asList(e.areaCode()), e.on());
    }

    @ApplicationModuleListener
    void on(HouseholdMoved e) {
        households(Arrays.asList(e.fromAreaCode(), e.toAreaCode()), e.on());
    }

    @ApplicationModuleListener
    void on(HouseholdSplit e) {
        households(Arrays.asList(e.areaCode()), e.on());
    }

    @ApplicationModuleListener
    void on(HouseholdEnded e) {
        households(Arrays.asList(e.areaCode()), e.on());
    }

    /** One statistic change per metric for every area of the import, however many households it brought. */
    @ApplicationModuleListener
    void on(HouseholdsImported e) {
        households(e.areaCodes(), null);
    }

    @ApplicationModuleListener
    void on(PersonBorn e) {
        persons(e.on(), e.householdCode());
    }

    @ApplicationModuleListener
    void on(PersonDied e) {
        persons(e.on(), e.householdCode());
    }

    @ApplicationModuleListener
    void on(PersonMoved e) {
        persons(e.on(), e.fromHouseholdCode(), e.toHouseholdCode());
    }

    /** An organisation, place or street added or changed counts again everywhere it was and is. */
    @ApplicationModuleListener
    void on(OrganisationSaved e) {
        List<String> metrics = switch (e.table()) {
            case "ORGANISATION" -> List.of(AGENCIES, AGENCIES_OR_SCHOOLS, ENTERPRISES);
            case "PLACE" -> List.of(PUBLIC_PLACES);
            case "STREET" -> List.of(STREETS);
            default -> List.of();
        };
        Set<String> units = new TreeSet<>();
        Arrays.asList(e.unitCode(), e.previousUnitCode()).stream().filter(java.util.Objects::nonNull)
                .forEach(units::add);
        for (String metric : units.isEmpty() ? List.<String>of() : metrics) {
            events.publishEvent(StatisticChanged.at(metric, units, null));
        }
    }

    private void households(Collection<String> areas, LocalDate from) {
        Set<String> named = new TreeSet<>();
        areas.stream().filter(java.util.Objects::nonNull).forEach(named::add);
        if (!named.isEmpty()) {
            events.publishEvent(StatisticChanged.at(HOUSEHOLDS, named, from));
            events.publishEvent(StatisticChanged.at(PERSONS, named, from));
        }
    }

    /**
     * A person joined or left households on a date: the persons count changes, from then on, in every area those
     * households sit in on or after the date (a household that moves later carries the change with it).
     */
    private void persons(LocalDate from, String... householdCodes) {
        List<String> codes = Arrays.stream(householdCodes).filter(java.util.Objects::nonNull).toList();
        if (codes.isEmpty()) {
            return;
        }
        List<String> areas = jdbc.sql("""
                select distinct l.area_code from registry_household h
                join registry_household_location l on l.household_id = h.id
                where h.code in (:codes) and (l.valid_to is null or l.valid_to > :from)""")
                .param("codes", codes).param("from", from).query(String.class).list();
        if (!areas.isEmpty()) {
            events.publishEvent(StatisticChanged.at(PERSONS, areas, from));
        }
    }
}
