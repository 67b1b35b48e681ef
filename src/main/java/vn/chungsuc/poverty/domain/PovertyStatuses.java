package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.PovertyStatusChanged;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * A household's status by the lists in force, the same rule as the poverty metrics ({@link PovertyStatistics}):
 * for each residential area the list of the latest year decided on or before the date; a household on several such
 * lists (it moved between areas) is judged by the latest year's. Also announces the changes of status
 * ({@link PovertyStatusChanged}) in the transaction of the write that made them.
 */
@Component
@Transactional(readOnly = true)
class PovertyStatuses implements PovertyApi {

    /** The lists in force on :on, of the areas in :areas when the filter is used. */
    private static final String LISTS_IN_FORCE = """
            with lists as (
              select area_code, max(year) as year from poverty_list_area where decided_on <= :on%s
              group by area_code)
            """;

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;

    PovertyStatuses(JdbcClient jdbc, TerritoryApi territory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.events = events;
    }

    @Override
    public PovertyClass status(String householdCode, LocalDate on) {
        return jdbc.sql(LISTS_IN_FORCE.formatted("") + """
                select coalesce(c.override_result, c.result) from poverty_classification c
                join lists l on l.area_code = c.area_code and l.year = c.year
                where c.household_code = :code and c.decided_on <= :on
                order by c.year desc limit 1""")
                .param("on", on).param("code", householdCode).query(String.class).optional()
                .map(PovertyClass::valueOf).orElse(PovertyClass.NOT_POOR);
    }

    @Override
    public List<String> households(String unitCode, LocalDate on, PovertyClass status) {
        if (status == PovertyClass.NOT_POOR) {
            throw new IllegalArgumentException("Only the poor and near-poor households are listed");
        }
        List<String> areas = territory.subtree(unitCode, on, UnitScope.ALL).stream()
                .filter(v -> v.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
        if (areas.isEmpty()) {
            return List.of();
        }
        // A household judged by a later list elsewhere (it moved) counts only there.
        return jdbc.sql(LISTS_IN_FORCE.formatted("") + """
                , judged as (
                  select distinct on (c.household_code) c.household_code, c.area_code,
                         coalesce(c.override_result, c.result) as status
                  from poverty_classification c join lists l on l.area_code = c.area_code and l.year = c.year
                  where c.decided_on <= :on
                  order by c.household_code, c.year desc)
                select household_code from judged where status = :status and area_code in (:areas)
                order by household_code""")
                .param("on", on).param("status", status.name()).param("areas", areas).query(String.class).list();
    }

    /**
     * Announces a commune's decided lists: the households they name and those the lists in force the day before
     * named (who may have left them).
     */
    @Transactional
    void listsDecided(long roundId, Collection<String> areas, LocalDate on) {
        Set<String> households = new TreeSet<>(jdbc.sql(
                "select household_code from poverty_classification where round_id = :id")
                .param("id", roundId).query(String.class).list());
        if (!areas.isEmpty()) {
            households.addAll(jdbc.sql(LISTS_IN_FORCE.formatted(" and area_code in (:areas)") + """
                    select c.household_code from poverty_classification c
                    join lists l on l.area_code = c.area_code and l.year = c.year
                    where c.decided_on <= :on""")
                    .param("on", on.minusDays(1)).param("areas", List.copyOf(areas)).query(String.class).list());
        }
        events.publishEvent(new PovertyStatusChanged(Set.copyOf(areas), households, on));
    }

    /** Announces that one household's class on a list changed (an officer's override). */
    @Transactional
    void householdChanged(String areaCode, String householdCode, LocalDate from) {
        events.publishEvent(new PovertyStatusChanged(Set.of(areaCode), Set.of(householdCode), from));
    }
}
