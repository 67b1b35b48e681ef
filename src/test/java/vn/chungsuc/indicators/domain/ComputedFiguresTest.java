package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.UnitLevel;

/**
 * A computed indicator, counted from a source as feature modules will publish them, rolled up the tree: shares by
 * population, records of a merged commune under its successor, a metric nobody publishes yet.
 */
class ComputedFiguresTest {

    private static final Indicator CULTURAL_FAMILIES = new Indicator("cultural-families", "Gia đình văn hóa",
            Method.COMPUTED, EntryLevel.RESIDENTIAL_AREA, "Hộ văn hóa", "Hộ", true, "recognition.cultural-families",
            "registry.households", "/recognition?unit={unit}", null);

    /** A source with households and cultural families in two thôn of xã Hà Lan and one khu phố of Đông Sơn. */
    static final class FakeSource implements StatisticSource {
        final List<LocalDate> asked = new ArrayList<>();

        @Override
        public List<Metric> metrics() {
            return List.of(new Metric("registry.households", "k", "HOUSEHOLD", false),
                    new Metric("recognition.cultural-families", "k", "HOUSEHOLD", true));
        }

        @Override
        public Map<String, Long> countByUnit(String metric, LocalDate asOf) {
            asked.add(asOf);
            return metric.equals("registry.households")
                    ? Map.of("14827-01", 100L, "14827-02", 50L, "14821-01", 200L)
                    : Map.of("14827-01", 80L, "14827-02", 30L, "14821-01", 170L);
        }
    }

    private static Optional<Placement> in2018(String unit) {
        return switch (unit) {
            case "14827-01", "14827-02" -> Optional.of(new Placement(unit, "/VN/38/381/14827/" + unit + "/",
                    UnitLevel.RESIDENTIAL_AREA, Setting.RURAL));
            case "14821-01" -> Optional.of(new Placement(unit, "/VN/38/381/14821/" + unit + "/",
                    UnitLevel.RESIDENTIAL_AREA, Setting.URBAN));
            default -> Optional.empty();
        };
    }

    /** After 1/12/2019 Hà Lan's thôn sit under Đông Sơn. */
    private static Optional<Placement> in2020(String unit) {
        return in2018(unit).map(p -> new Placement(unit, "/VN/38/381/14821/" + unit + "/", p.level(), Setting.URBAN));
    }

    private static List<Fact> facts(Map<String, Fraction> counted) {
        return counted.entrySet().stream().map(e -> new Fact(e.getKey(),
                in2018(e.getKey()).map(Placement::setting).orElse(null), e.getValue())).toList();
    }

    @Test
    void numeratorAndDenominatorAreCountedPerUnitAsOfTheEndOfThePeriod() {
        FakeSource source = new FakeSource();
        Map<String, Fraction> counted = ComputedFacts.count(CULTURAL_FAMILIES, Period.year(2018),
                new MetricCounter(List.of(source))).orElseThrow();
        assertThat(counted).containsEntry("14827-01", new Fraction(80, 100))
                .containsEntry("14821-01", new Fraction(170, 200));
        assertThat(source.asked).containsOnly(LocalDate.of(2018, 12, 31));
    }

    @Test
    void figuresRollUpTheTreeAndSplitByTheSettingOfTheUnitWhereRecordsSit() {
        Map<String, Fraction> counted = ComputedFacts.count(CULTURAL_FAMILIES, Period.year(2018),
                new MetricCounter(List.of(new FakeSource()))).orElseThrow();
        Map<Population, Map<String, Fraction>> figures = RollUp.of(facts(counted), ComputedFiguresTest::in2018);
        assertThat(figures.get(Population.WHOLE)).containsEntry("381", new Fraction(280, 350))
                .containsEntry("14827", new Fraction(110, 150)).containsEntry("14821", new Fraction(170, 200));
        assertThat(figures.get(Population.RURAL)).containsEntry("381", new Fraction(110, 150))
                .doesNotContainKey("14821");
        assertThat(figures.get(Population.URBAN)).containsEntry("381", new Fraction(170, 200));
    }

    @Test
    void recordsOfAMergedCommuneCountUnderItsSuccessorOnTheUnitsOfALaterDate() {
        Map<String, Fraction> counted = ComputedFacts.count(CULTURAL_FAMILIES, Period.year(2018),
                new MetricCounter(List.of(new FakeSource()))).orElseThrow();
        Map<Population, Map<String, Fraction>> figures = RollUp.of(facts(counted), ComputedFiguresTest::in2020);
        assertThat(figures.get(Population.WHOLE)).containsEntry("14821", new Fraction(280, 350))
                .doesNotContainKey("14827").containsEntry("381", new Fraction(280, 350));
        // Population follows the setting at the end of the period counted (2018: the thôn were rural).
        assertThat(figures.get(Population.RURAL)).containsEntry("14821", new Fraction(110, 150));
    }

    @Test
    void theUnitsBelowAddUpToTheirParent() {
        Map<String, Fraction> counted = ComputedFacts.count(CULTURAL_FAMILIES, Period.year(2018),
                new MetricCounter(List.of(new FakeSource()))).orElseThrow();
        Map<String, Fraction> whole = RollUp.of(facts(counted), ComputedFiguresTest::in2018).get(Population.WHOLE);
        assertThat(whole.get("14827").plus(whole.get("14821"))).isEqualTo(whole.get("381"));
    }

    @Test
    void aMetricNoModulePublishesYetGivesNoDataRatherThanAnError() {
        assertThat(ComputedFacts.count(CULTURAL_FAMILIES, Period.year(2018), new MetricCounter(List.of())))
                .isEmpty();
        Indicator unknown = new Indicator("x", "x", Method.COMPUTED, EntryLevel.COMMUNE, "a", "b", false,
                "poverty.poor-households", null, null, null);
        assertThat(ComputedFacts.count(unknown, Period.year(2018), new MetricCounter(List.of(new FakeSource()))))
                .isEmpty();
    }

    @Test
    void aPlainCountHasNoDenominator() {
        Indicator households = new Indicator("households", "Hộ", Method.COMPUTED, EntryLevel.RESIDENTIAL_AREA,
                "Hộ", "—", false, "registry.households", null, null, null);
        Map<String, Fraction> counted = ComputedFacts.count(households, Period.firstHalf(2019),
                new MetricCounter(List.of(new FakeSource()))).orElseThrow();
        assertThat(counted).containsEntry("14821-01", new Fraction(200, 0));
    }

    @Test
    void aFactWhoseUnitHasNoPlaceCountsNowhere() {
        Map<Population, Map<String, Fraction>> figures = RollUp.of(
                List.of(new Fact("99999", null, new Fraction(5, 10))), unit -> Optional.empty());
        assertThat(figures).isEmpty();
    }
}
