package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * What the registry gives the programme's indicators: households and persons per residential area on a date, and
 * organisations, public places and streets per unit (the denominators of "80% of households", "85 agencies", "60%
 * of public places"…). Each change of the registry is announced as a {@link StatisticChanged} in the transaction
 * of the write, so that the figures follow at once.
 *
 * <p>It reads the registry's own tables, grouping by the unit each record sits in on the date.
 */
@Component
class RegistryStatistics implements StatisticSource {

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
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        return count(metricCode, asOf, null);
    }

    /** Only the units asked for, through the indexes on the area or unit of each record. */
    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        return units.isEmpty() ? Map.of() : count(metricCode, asOf, units);
    }

    private Map<String, Long> count(String metricCode, LocalDate asOf, Collection<String> units) {
        String areaFilter = units == null ? "" : " and l.area_code in (:units)";
        String unitFilter = units == null ? "" : " and unit_code in (:units)";
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
        if (sql == null) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        var statement = jdbc.sql(sql).param("on", asOf);
        if (units != null) {
            statement = statement.param("units", List.copyOf(units));
        }
        statement.query(rs -> {
            counts.put(rs.getString("unit"), rs.getLong("n"));
        });
        return counts;
    }

    private static String organisations(String kinds, String unitFilter) {
        return "select unit_code as unit, count(*) as n from registry_organisation where kind in (" + kinds + ")"
                + " and (established_on is null or established_on <= :on) and (closed_on is null or closed_on > :on)"
                + unitFilter + " group by unit_code";
    }

    @EventListener
    void on(HouseholdRegistered e) {
        households(e.areaCode(), e.on());
    }

    @EventListener
    void on(HouseholdMoved e) {
        households(e.fromAreaCode(), e.on());
        households(e.toAreaCode(), e.on());
    }

    @EventListener
    void on(HouseholdSplit e) {
        households(e.areaCode(), e.on());
    }

    @EventListener
    void on(HouseholdEnded e) {
        households(e.areaCode(), e.on());
    }

    @EventListener
    void on(HouseholdsImported e) {
        e.areaCodes().forEach(area -> households(area, null));
    }

    @EventListener
    void on(PersonBorn e) {
        persons(e.on());
    }

    @EventListener
    void on(PersonDied e) {
        persons(e.on());
    }

    @EventListener
    void on(PersonMoved e) {
        persons(e.on());
    }

    /** An organisation, place or street added or changed counts again everywhere it was and is. */
    @EventListener
    void on(OrganisationSaved e) {
        List<String> metrics = switch (e.table()) {
            case "ORGANISATION" -> List.of(AGENCIES, AGENCIES_OR_SCHOOLS, ENTERPRISES);
            case "PLACE" -> List.of(PUBLIC_PLACES);
            case "STREET" -> List.of(STREETS);
            default -> List.of();
        };
        for (String metric : metrics) {
            events.publishEvent(new StatisticChanged(metric, e.unitCode(), null));
            if (e.previousUnitCode() != null && !e.previousUnitCode().equals(e.unitCode())) {
                events.publishEvent(new StatisticChanged(metric, e.previousUnitCode(), null));
            }
        }
    }

    private void households(String area, LocalDate from) {
        if (area != null) {
            events.publishEvent(new StatisticChanged(HOUSEHOLDS, area, from));
            events.publishEvent(new StatisticChanged(PERSONS, area, from));
        }
    }

    private void persons(LocalDate from) {
        events.publishEvent(new StatisticChanged(PERSONS, null, from));
    }
}
