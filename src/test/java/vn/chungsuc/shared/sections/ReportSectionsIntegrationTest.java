package vn.chungsuc.shared.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.poverty.domain.PovertyStatistics;
import vn.chungsuc.recognition.DecisionView;
import vn.chungsuc.recognition.RecognitionApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportSections.Contribution;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The sections indicators, poverty and recognition contribute to the official documents, on the demo: the town of
 * Bỉm Sơn (381) for 2019, its first half and the 2017–2019 review, and the two wards it became on 1/7/2025. Every
 * figure is compared with what the module itself answers for the same unit and period.
 */
@IntegrationTest
class ReportSectionsIntegrationTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ReportSections sections;
    @Autowired
    CampaignApi campaign;
    @Autowired
    IndicatorsApi indicators;
    @Autowired
    PovertyStatistics poverty;
    @Autowired
    RecognitionApi recognition;
    @Autowired
    TerritoryApi territory;

    /** The three sections this test is about (the modules' own tests check theirs: evaluation, fund…). */
    private static final java.util.Set<String> OURS = java.util.Set.of("indicators.targets", "recognition.titles",
            "poverty.lists");

    private List<Contribution> forUnit(String unit, Period period, Locale locale) {
        return sections.forUnit(unit, period, locale).stream().filter(c -> OURS.contains(c.key())).toList();
    }

    @Test
    void everyContributedSectionComesInTheOrderOfItsModule() {
        assertThat(sections.forUnit("381", Period.year(2019), VI)).extracting(Contribution::key)
                .containsExactly("indicators.targets", "recognition.titles", "evaluation.areas", "poverty.lists",
                        "poverty.rounds", "fund.table");
    }

    private long programme() {
        return campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void theTownsYearlyReportHasTheTargetsThePovertyListsAndTheTitlesInOrder() {
        List<Contribution> year = forUnit("381", Period.year(2019), VI);
        assertThat(year).extracting(Contribution::key)
                .containsExactly("indicators.targets", "recognition.titles", "poverty.lists");
        assertThat(year).extracting(Contribution::title).containsExactly("Kết quả thực hiện các chỉ tiêu",
                "Kết quả bình xét, công nhận các danh hiệu", "Kết quả rà soát hộ nghèo, hộ cận nghèo");

        // Targets: the same values and statuses as the dashboard's progress for the town and year.
        List<TargetProgress> expected = indicators.progress(programme(), "381", 2019, false, null, UnitScope.ALL)
                .orElseThrow();
        ReportBlock.Table targets = table(section(year, "indicators.targets"));
        assertThat(targets.header()).hasSize(2);
        assertThat(targets.columns()).isEqualTo(7);
        assertThat(targets.header().get(0).get(3).colSpan()).isEqualTo(3);
        assertThat(targets.body()).hasSize(expected.size()).hasSizeGreaterThan(5);
        for (int i = 0; i < expected.size(); i++) {
            List<Cell> row = targets.body().get(i);
            assertThat(row.get(1).text()).isEqualTo(expected.get(i).label());
            assertThat(row.get(3).number()).isEqualTo(expected.get(i).value());
        }
        assertThat(section(year, "indicators.targets")).anySatisfy(b -> assertThat(b)
                .isInstanceOfSatisfying(ReportBlock.EditableText.class, t -> assertThat(t.defaultText())
                        .startsWith("Đạt ").contains("/" + expected.size() + " chỉ tiêu")));

        // Poverty: the lists in force at 31/12/2018 and 31/12/2019, as the module's own counts give them.
        ReportBlock.Table lists = table(section(year, "poverty.lists"));
        List<String> areas = areas("381", LocalDate.of(2019, 12, 31));
        long poorEnd = count(PovertyStatistics.POOR, LocalDate.of(2019, 12, 31), areas);
        long poorStart = count(PovertyStatistics.POOR, LocalDate.of(2018, 12, 31), areas);
        long nearEnd = count(PovertyStatistics.NEAR_POOR, LocalDate.of(2019, 12, 31), areas);
        List<Cell> poor = lists.body().get(0);
        assertThat(poor.get(0).text()).isEqualTo("Hộ nghèo");
        assertThat(number(poor.get(1))).isEqualTo(poorStart);
        assertThat(number(poor.get(2))).isEqualTo(poorEnd).isPositive();
        assertThat(number(poor.get(3)) - number(poor.get(4))).isEqualTo(poorEnd - poorStart);
        assertThat(number(poor.get(4))).isPositive(); // the demo's rate falls from 3.6% to 2.4%: households exit
        assertThat(number(lists.body().get(1).get(2))).isEqualTo(nearEnd);
        // the rate is about the demo's 2.4% for 2019
        assertThat(poor.get(5).number()).isBetween(new BigDecimal("1.5"), new BigDecimal("3.5"));

        // Titles: the cultural families of 2019, as many as the communes' decisions of 2019 list.
        long families = recognition.decisions("CULTURAL_FAMILY", 2019, UnitScope.ALL, 1000).stream()
                .filter(d -> inTown(d, LocalDate.of(2019, 12, 31))).mapToLong(DecisionView::awardCount).sum();
        List<Cell> family = table(section(year, "recognition.titles")).body().stream()
                .filter(r -> r.get(0).text().equals("Gia đình văn hóa")).findFirst().orElseThrow();
        assertThat(number(family.get(1))).isEqualTo(families).isPositive();
    }

    @Test
    void theFirstHalfHasTheTargetsOfTheHalfYearAndNoTitles() {
        List<Contribution> half = forUnit("381", Period.firstHalf(2019), VI);
        assertThat(half).extracting(Contribution::key).containsExactly("indicators.targets", "poverty.lists");
        List<TargetProgress> expected = indicators.progress(programme(), "381", 2019, true, null, UnitScope.ALL)
                .orElseThrow();
        ReportBlock.Table targets = table(section(half, "indicators.targets"));
        assertThat(targets.body()).extracting(r -> r.get(3).number())
                .containsExactlyElementsOf(expected.stream().map(TargetProgress::value).toList());
        // No list is decided between 1/1 and 30/6: the 2018 list holds throughout.
        List<Cell> poor = table(section(half, "poverty.lists")).body().get(0);
        assertThat(number(poor.get(1))).isEqualTo(number(poor.get(2)))
                .isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2019, 6, 30),
                        areas("381", LocalDate.of(2019, 6, 30))));
        assertThat(number(poor.get(3))).isZero();
        assertThat(number(poor.get(4))).isZero();
    }

    @Test
    void theReviewHasAColumnPerYear() {
        List<Contribution> review = forUnit("381", Period.span(2017, 2019), VI);
        assertThat(review).extracting(Contribution::key)
                .containsExactly("indicators.targets", "recognition.titles", "poverty.lists");
        ReportBlock.Table targets = table(section(review, "indicators.targets"));
        assertThat(targets.header().get(0).get(3).colSpan()).isEqualTo(3);
        assertThat(targets.header().get(1)).extracting(ReportBlock.HeaderCell::text)
                .containsExactly("2017", "2018", "2019");
        for (int y = 2017; y <= 2019; y++) {
            List<TargetProgress> expected = indicators.progress(programme(), "381", y, false,
                    LocalDate.of(2019, 12, 31), UnitScope.ALL).orElseThrow();
            int column = 3 + y - 2017;
            assertThat(targets.body()).extracting(r -> r.get(column).number())
                    .containsExactlyElementsOf(expected.stream().map(TargetProgress::value).toList());
        }
        List<Cell> family = table(section(review, "recognition.titles")).body().stream()
                .filter(r -> r.get(0).text().equals("Gia đình văn hóa")).findFirst().orElseThrow();
        for (int y = 2017; y <= 2019; y++) {
            int year = y;
            long expected = recognition.decisions("CULTURAL_FAMILY", y, UnitScope.ALL, 1000).stream()
                    .filter(d -> inTown(d, LocalDate.of(year, 12, 31))).mapToLong(DecisionView::awardCount).sum();
            assertThat(number(family.get(1 + year - 2017))).as("families of %d", year).isEqualTo(expected);
        }
        // Over the span: the lists at 31/12/2016 and 31/12/2019.
        List<Cell> poor = table(section(review, "poverty.lists")).body().get(0);
        List<String> areas = areas("381", LocalDate.of(2019, 12, 31));
        assertThat(number(poor.get(1))).isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2016, 12, 31), areas));
        assertThat(number(poor.get(2))).isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2019, 12, 31), areas));
    }

    @Test
    void theWardsOf2025AreFoundByTheUnitTreeOfTheDate() {
        // 30/6/2025: the wards do not exist yet.
        assertThat(forUnit("38-BS", Period.firstHalf(2025), VI)).isEmpty();
        for (String ward : List.of("38-BS", "38-QT")) {
            List<Contribution> year = forUnit(ward, Period.year(2025), VI);
            // No programme runs in 2025 and no title was given for 2025 in the demo: the lists only.
            assertThat(year).extracting(Contribution::key).containsExactly("poverty.lists");
            List<String> areas = areas(ward, LocalDate.of(2025, 12, 31));
            assertThat(areas).isNotEmpty();
            List<Cell> poor = table(section(year, "poverty.lists")).body().get(0);
            // The areas moved into the ward with their households: their 2024 list is the start of the year.
            assertThat(number(poor.get(1))).isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2024, 12, 31),
                    areas)).isPositive();
            assertThat(number(poor.get(2))).isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2025, 12, 31),
                    areas)).isPositive();

            // 2026: the 2025 list still holds; nobody entered or left.
            List<Cell> later = table(section(forUnit(ward, Period.year(2026), VI), "poverty.lists"))
                    .body().get(0);
            assertThat(number(later.get(1))).isEqualTo(number(later.get(2))).isEqualTo(number(poor.get(2)));
            assertThat(number(later.get(3))).isZero();
        }
        long bimSon = number(table(section(forUnit("38-BS", Period.year(2025), VI), "poverty.lists"))
                .body().get(0).get(2));
        long quangTrung = number(table(section(forUnit("38-QT", Period.year(2025), VI), "poverty.lists"))
                .body().get(0).get(2));
        assertThat(bimSon + quangTrung).isEqualTo(count(PovertyStatistics.POOR, LocalDate.of(2025, 12, 31),
                areas("38", LocalDate.of(2025, 12, 31))));
    }

    @Test
    void textsComeInTheRequestsLanguage() {
        List<Contribution> year = forUnit("381", Period.year(2019), Locale.ENGLISH);
        assertThat(year).extracting(Contribution::title).containsExactly("Targets", "Titles recognised",
                "Poor and near-poor households");
        assertThat(table(section(year, "poverty.lists")).body().get(0).get(0).text()).isEqualTo("Poor");
        assertThat(table(section(year, "indicators.targets")).header().get(0).get(1).text()).isEqualTo("Target");
    }

    private static List<ReportBlock> section(List<Contribution> sections, String key) {
        return sections.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().blocks();
    }

    private static ReportBlock.Table table(List<ReportBlock> blocks) {
        return blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast)
                .findFirst().orElseThrow();
    }

    private static long number(Cell c) {
        return c.number().longValueExact();
    }

    private List<String> areas(String unit, LocalDate on) {
        return territory.subtree(unit, on, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
    }

    private long count(String metric, LocalDate on, List<String> areas) {
        return poverty.countByUnit(metric, on, areas).values().stream().mapToLong(Long::longValue).sum();
    }

    private boolean inTown(DecisionView d, LocalDate on) {
        Set<String> town = territory.subtree("381", on, UnitScope.ALL).stream().map(UnitView::code)
                .collect(Collectors.toSet());
        return town.contains(d.unitCode());
    }
}
