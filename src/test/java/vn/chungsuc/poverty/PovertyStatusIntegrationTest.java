package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Overrides;
import vn.chungsuc.poverty.domain.PovertyStatistics;
import vn.chungsuc.shared.events.Publications;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * What the fund will ask of the poverty register: a household's status by the lists in force on a date, the
 * households of a status under a unit (the same lists the poverty metrics count), and an event when it changes.
 */
@IntegrationTest
class PovertyStatusIntegrationTest {

    static final String TOWN = "381";
    static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    @Autowired PovertyApi poverty;
    @Autowired PovertyStatistics statistics;
    @Autowired TerritoryApi territory;
    @Autowired Lists lists;
    @Autowired Overrides overrides;
    @Autowired JdbcClient jdbc;
    @Autowired EventPublicationRegistry publications;

    private long counted(String metric, String unit, LocalDate on) {
        Map<String, Long> counts = statistics.countByUnit(metric, on);
        return territory.subtree(unit, on, UnitScope.ALL).stream()
                .filter(v -> v.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code)
                .mapToLong(a -> counts.getOrDefault(a, 0L)).sum();
    }

    @Test
    void theHouseholdsOfAStatusUnderAUnitAreThoseThePovertyMetricsCount() {
        List<String> poor = poverty.households(TOWN, END_2020, PovertyClass.POOR);
        List<String> nearPoor = poverty.households(TOWN, END_2020, PovertyClass.NEAR_POOR);
        assertThat(poor).isNotEmpty().hasSize((int) counted(PovertyStatistics.POOR, TOWN, END_2020)).isSorted();
        assertThat(nearPoor).isNotEmpty().hasSize((int) counted(PovertyStatistics.NEAR_POOR, TOWN, END_2020));
        assertThat(poor).doesNotContainAnyElementsOf(nearPoor);
        poor.stream().limit(20).forEach(code ->
                assertThat(poverty.status(code, END_2020)).as(code).isEqualTo(PovertyClass.POOR));
        nearPoor.stream().limit(20).forEach(code ->
                assertThat(poverty.status(code, END_2020)).as(code).isEqualTo(PovertyClass.NEAR_POOR));
        // A ward's households are some of the town's.
        List<String> ward = poverty.households("14812", END_2020, PovertyClass.POOR);
        assertThat(ward).isNotEmpty();
        assertThat(poor).containsAll(ward).hasSizeGreaterThan(ward.size());
    }

    @Test
    void aHouseholdOnNoListInForceIsNotPoor() {
        String poor = poverty.households(TOWN, END_2020, PovertyClass.POOR).get(0);
        assertThat(poverty.status(poor, LocalDate.of(2010, 1, 1))).as("before any list").isEqualTo(PovertyClass.NOT_POOR);
        assertThat(poverty.status("NO-SUCH-HOUSEHOLD", END_2020)).isEqualTo(PovertyClass.NOT_POOR);
        assertThat(poverty.households("14812-01", LocalDate.of(2010, 1, 1), PovertyClass.POOR)).isEmpty();
        assertThatThrownBy(() -> poverty.households(TOWN, END_2020, PovertyClass.NOT_POOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverrideChangesTheStatusAndIsAnnounced() {
        Publications.awaitCompleted(publications);
        String code = poverty.households(TOWN, END_2020, PovertyClass.POOR).get(0);
        ListEntry entry = jdbc.sql("select year from poverty_classification where household_code = ? and year <= 2020 "
                        + "order by year desc limit 1").param(code).query(Integer.class).optional()
                .flatMap(year -> lists.entry(code, year)).orElseThrow();
        Instant start = Instant.now();
        long poorBefore = counted(PovertyStatistics.POOR, TOWN, END_2020);
        try {
            overrides.set(entry, PovertyClass.NEAR_POOR, "Phúc tra: hộ có lương hưu", "test");
            assertThat(poverty.status(code, END_2020)).isEqualTo(PovertyClass.NEAR_POOR);
            assertThat(poverty.households(TOWN, END_2020, PovertyClass.POOR)).doesNotContain(code)
                    .hasSize((int) poorBefore - 1);
            Publications.awaitCompleted(publications);
            List<String> announced = jdbc.sql("""
                    select serialized_event from event_publication
                    where event_type = :type and publication_date >= :start""")
                    .param("type", PovertyStatusChanged.class.getName()).param("start", Timestamp.from(start))
                    .query(String.class).list();
            assertThat(announced).singleElement().asString().contains(code, entry.areaCode(),
                    entry.decidedOn().toString());
        } finally {
            overrides.set(lists.entry(code, entry.year()).orElseThrow(), null, "Bỏ điều chỉnh", "test");
        }
        assertThat(poverty.status(code, END_2020)).isEqualTo(PovertyClass.POOR);
        Publications.awaitCompleted(publications);
    }
}
