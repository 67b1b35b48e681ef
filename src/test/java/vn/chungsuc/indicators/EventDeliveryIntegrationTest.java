package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.indicators.domain.ComputedFacts;
import vn.chungsuc.indicators.domain.FactBook;
import vn.chungsuc.indicators.domain.FigureMaintenance;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.indicators.domain.Indicator;
import vn.chungsuc.indicators.domain.IndicatorStore;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.events.FlakyStatistics;
import vn.chungsuc.shared.events.Publications;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.time.Period;

/**
 * The figures follow the registry through Spring Modulith's event publications: a recount that dies half-way leaves
 * its publication incomplete, and the redelivery a restart makes puts the figures right.
 */
@IntegrationTest
class EventDeliveryIntegrationTest {

    private static final String HOUSEHOLDS = "registry.households";
    private static final String AREA = "14812-05";

    @Autowired HouseholdCommands households;
    @Autowired EventPublicationRegistry publications;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired FlakyStatistics flaky;
    @Autowired FigureMaintenance maintenance;
    @Autowired IndicatorStore indicators;
    @Autowired FactBook book;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void disarm() {
        flaky.disarm();
    }

    private void register(String code, int serial) {
        households.register(new Forms.NewHousehold(code, AREA, "Số 9, phố Trần Phú", "01/06/2019",
                "Trần Văn Phát", Sex.MALE.name(), "03/03/1981",
                SyntheticPeople.citizenId("038", Sex.MALE, 1981, serial), "Kinh", ""), UnitScope.ALL);
    }

    /** The facts at the area of every counted period from 2019-06-01 of the indicators that use the metric. */
    private Map<String, Fraction> factsAtTheArea() {
        Map<String, Fraction> out = new LinkedHashMap<>();
        for (Indicator indicator : indicators.computedUsing(HOUSEHOLDS)) {
            for (Period period : book.countedPeriods(indicator.code())) {
                if (!period.end().isBefore(LocalDate.of(2019, 6, 1))) {
                    var fact = book.facts(indicator.code(), period).get(AREA);
                    out.put(indicator.code() + "|" + period.code(), fact == null ? Fraction.ZERO : fact.value());
                }
            }
        }
        return out;
    }

    /** The same, counted afresh from the records. */
    private Map<String, Fraction> countedAtTheArea() {
        Map<String, Fraction> out = new LinkedHashMap<>();
        for (Indicator indicator : indicators.computedUsing(HOUSEHOLDS)) {
            for (Period period : book.countedPeriods(indicator.code())) {
                if (!period.end().isBefore(LocalDate.of(2019, 6, 1))) {
                    Fraction value = ComputedFacts.count(indicator, period, maintenance.counter(), Set.of(AREA))
                            .orElse(Map.of()).getOrDefault(AREA, Fraction.ZERO);
                    out.put(indicator.code() + "|" + period.code(), value);
                }
            }
        }
        return out;
    }

    @Test
    void aRecountThatDiesHalfWayIsDeliveredAgainAndTheFiguresEndRight() {
        Publications.awaitCompleted(publications);
        Map<String, Fraction> before = factsAtTheArea();
        assertThat(before).hasSizeGreaterThan(4);
        assertThat(before).isEqualTo(countedAtTheArea());

        // The recount of households gets two counts done, then "crashes".
        flaky.failAfter(HOUSEHOLDS, 2);
        register("HH-CRASH-1", 990_011);
        Collection<TargetEventPublication> failed = Publications.awaitOnlyFailed(publications);
        flaky.disarm();

        assertThat(failed).singleElement().satisfies(p -> {
            assertThat(p.getEvent()).isEqualTo(StatisticChanged.at(HOUSEHOLDS, AREA, LocalDate.of(2019, 6, 1)));
            assertThat(p.getTargetIdentifier().getValue()).contains("FigureMaintenance");
            assertThat(p.isCompleted()).isFalse();
        });
        // Half-way: some periods carry the new household, the later ones do not yet.
        Map<String, Fraction> halfWay = factsAtTheArea();
        Map<String, Fraction> right = countedAtTheArea();
        List<String> stale = new ArrayList<>();
        right.forEach((key, value) -> {
            if (!value.equals(halfWay.get(key))) {
                stale.add(key);
            }
        });
        assertThat(stale).isNotEmpty().hasSizeLessThan(right.size());
        assertThat(halfWay).isNotEqualTo(before);

        // What a restart does with spring.modulith.events.republish-outstanding-events-on-restart.
        incomplete.resubmitIncompletePublications(p -> true);
        Publications.awaitCompleted(publications);

        assertThat(factsAtTheArea()).isEqualTo(countedAtTheArea()).isEqualTo(right);
    }

    @Test
    void oneWriteIsOnePublicationPerMetricNamingTheUnitsItTouched() {
        Publications.awaitCompleted(publications);
        Instant start = Instant.now();
        register("HH-EVENTS-1", 990_012);
        Publications.awaitCompleted(publications);
        List<String> changes = jdbc.sql("""
                select serialized_event from event_publication
                where event_type = :type and publication_date >= :start order by serialized_event""")
                .param("type", StatisticChanged.class.getName()).param("start", java.sql.Timestamp.from(start))
                .query(String.class).list();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).contains("registry.households", AREA, "2019-06-01");
        assertThat(changes.get(1)).contains("registry.persons", AREA, "2019-06-01");
    }
}
