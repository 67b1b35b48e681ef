package vn.chungsuc.poverty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungsuc.poverty.PovertyClass.NEAR_POOR;
import static vn.chungsuc.poverty.PovertyClass.NOT_POOR;
import static vn.chungsuc.poverty.PovertyClass.POOR;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chungsuc.poverty.PovertyClass;

/** The test tables of the domain file (poverty-fund-campaign.md §1–3) and the boundaries around every line. */
class PovertyPolicyTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    static final Locale VI = Locale.forLanguageTag("vi");

    static {
        MESSAGES.setBasename("messages/poverty");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static final List<String> QD59_INDICATORS = List.of("ACCESS_TO_HEALTH_SERVICES", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "WATER_SOURCE", "LATRINE",
            "TELECOM_USE", "INFORMATION_ASSETS");
    static final List<String> ND07_INDICATORS = List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "WATER_SOURCE", "LATRINE",
            "TELECOM_USE", "INFORMATION_DEVICES");

    /** The standards as the migration V8 ships them. */
    static final Standard QD59 = new Standard("QD59_2015", "2016–2020", "QĐ 59/2015/QĐ-TTg", "TT 17/2016, TT 14/2018",
            2016, 2021, 700_000L, 900_000L, 1_000_000, 1_300_000, 3, 120, 140, 150, 175, 30, 10, true, null,
            indicators(QD59_INDICATORS));
    static final Standard ND07 = new Standard("ND07_2021", "2022–2025", "NĐ 07/2021/NĐ-CP", "TT 07/2021", 2022, 2026,
            null, null, 1_500_000, 2_000_000, 3, null, null, 140, 175, 30, 10, true, null, indicators(ND07_INDICATORS));
    static final Standard ND351 = new Standard("ND351_2025", "2027–2030", "NĐ 351/2025/NĐ-CP", null, 2027, 2030,
            null, null, 2_200_000, 2_800_000, 3, null, null, 140, 175, 30, 10, false, null,
            indicators(List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "INTERNET_USE",
                    "DIGITAL_SERVICE_USE", "HOUSEHOLD_WASTE")));

    static List<IndicatorDefinition> indicators(List<String> codes) {
        return IntStream.range(0, codes.size()).mapToObj(i -> new IndicatorDefinition(codes.get(i), i, i + 1, "d",
                codes.get(i), "deprived", false)).toList();
    }

    static Standard standard(String code) {
        return switch (code) {
            case "QD59_2015" -> QD59;
            case "ND07_2021" -> ND07;
            default -> ND351;
        };
    }

    static PovertyClass income(String standard, String area, long income, int deprivations) {
        Standard s = standard(standard);
        List<String> codes = s.indicators().stream().limit(deprivations).map(IndicatorDefinition::code).toList();
        return PovertyPolicy.byIncome(s, Area.valueOf(area), income, codes).result();
    }

    @ParameterizedTest(name = "{0} {1} income {2}, {3} deprivations: {4}")
    @CsvSource({
            // the domain file's table
            "QD59_2015, RURAL, 700000, 0, POOR",
            "QD59_2015, RURAL, 700001, 3, POOR",
            "QD59_2015, RURAL, 1000000, 2, NEAR_POOR",
            "QD59_2015, RURAL, 1000001, 5, NOT_POOR",
            "ND07_2021, URBAN, 2000000, 3, POOR",
            "ND07_2021, URBAN, 2000000, 2, NEAR_POOR",
            "ND07_2021, URBAN, 2000001, 6, NOT_POOR",
            "ND07_2021, RURAL, 1500000, 0, NEAR_POOR",
            // QĐ 59 boundaries, rural
            "QD59_2015, RURAL, 700000, 10, POOR",
            "QD59_2015, RURAL, 700001, 2, NEAR_POOR",
            "QD59_2015, RURAL, 1000000, 3, POOR",
            "QD59_2015, RURAL, 1000001, 0, NOT_POOR",
            // QĐ 59 boundaries, urban
            "QD59_2015, URBAN, 900000, 0, POOR",
            "QD59_2015, URBAN, 900001, 2, NEAR_POOR",
            "QD59_2015, URBAN, 900001, 3, POOR",
            "QD59_2015, URBAN, 1300000, 2, NEAR_POOR",
            "QD59_2015, URBAN, 1300000, 3, POOR",
            "QD59_2015, URBAN, 1300001, 3, NOT_POOR",
            "QD59_2015, RURAL, 900000, 0, NEAR_POOR",
            // NĐ 07 boundaries
            "ND07_2021, RURAL, 1500000, 3, POOR",
            "ND07_2021, RURAL, 1500000, 2, NEAR_POOR",
            "ND07_2021, RURAL, 1500001, 3, NOT_POOR",
            "ND07_2021, RURAL, 0, 12, POOR",
            "ND07_2021, URBAN, 1500001, 2, NEAR_POOR",
            "ND07_2021, URBAN, 2000001, 0, NOT_POOR",
            // NĐ 351 boundaries
            "ND351_2025, RURAL, 2200000, 3, POOR",
            "ND351_2025, RURAL, 2200000, 2, NEAR_POOR",
            "ND351_2025, RURAL, 2200001, 3, NOT_POOR",
            "ND351_2025, URBAN, 2800000, 3, POOR",
            "ND351_2025, URBAN, 2800000, 2, NEAR_POOR",
            "ND351_2025, URBAN, 2800001, 7, NOT_POOR",
            "ND351_2025, URBAN, 2200001, 0, NEAR_POOR",
    })
    void classifiesByIncomeAndDeprivations(String standard, String area, long income, int deprivations,
            PovertyClass expected) {
        assertThat(income(standard, area, income, deprivations)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} A/B1 {2}, B/B2 {3}: {4}")
    @CsvSource({
            // TT 17/2016 as amended by TT 14/2018: B1 and B2
            "QD59_2015, RURAL, 120, 0, POOR",
            "QD59_2015, RURAL, 121, 30, POOR",
            "QD59_2015, RURAL, 121, 20, NEAR_POOR",
            "QD59_2015, RURAL, 150, 30, POOR",
            "QD59_2015, RURAL, 150, 29, NEAR_POOR",
            "QD59_2015, RURAL, 151, 100, NOT_POOR",
            "QD59_2015, URBAN, 140, 0, POOR",
            "QD59_2015, URBAN, 141, 30, POOR",
            "QD59_2015, URBAN, 141, 20, NEAR_POOR",
            "QD59_2015, URBAN, 175, 20, NEAR_POOR",
            "QD59_2015, URBAN, 176, 30, NOT_POOR",
            // TT 07/2021: A and B (the domain file's tests first)
            "ND07_2021, RURAL, 140, 30, POOR",
            "ND07_2021, RURAL, 140, 20, NEAR_POOR",
            "ND07_2021, RURAL, 141, 30, NOT_POOR",
            "ND07_2021, URBAN, 175, 30, POOR",
            "ND07_2021, URBAN, 175, 29, NEAR_POOR",
            "ND07_2021, URBAN, 176, 120, NOT_POOR",
            "ND07_2021, URBAN, 141, 0, NEAR_POOR",
    })
    void classifiesByScores(String standard, String area, int a, int b, PovertyClass expected) {
        Decision d = PovertyPolicy.byScore(standard(standard), Area.valueOf(area), a, b);
        assertThat(d.result()).isEqualTo(expected);
    }

    @Test
    void aHouseholdPoorByIncomeAloneUnderDecision59IsNearPoorUnderDecree07WithoutDeprivations() {
        assertThat(income("QD59_2015", "RURAL", 650_000, 0)).isEqualTo(POOR);
        assertThat(income("ND07_2021", "RURAL", 650_000, 0)).isEqualTo(NEAR_POOR);
        assertThat(income("ND351_2025", "RURAL", 650_000, 0)).isEqualTo(NEAR_POOR);
    }

    @Test
    void theDecisionExplainsItselfWithTheIncomeTheDeprivationsTheRuleAndTheLegalBasis() {
        Decision d = PovertyPolicy.byIncome(QD59, Area.RURAL, 800_000, List.of("HEALTH_INSURANCE", "LATRINE",
                "WATER_SOURCE"));
        assertThat(d.result()).isEqualTo(POOR);
        List<String> reasons = d.reasons().stream().map(r -> r.in(MESSAGES, VI)).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("800.000").contains("> chuẩn nghèo 700.000")
                        .contains("(nông thôn, QD59_2015)"))
                .anySatisfy(r -> assertThat(r).contains("< chuẩn cận nghèo 1.000.000"))
                .anySatisfy(r -> assertThat(r).contains("Thiếu hụt 3 chỉ số").contains("LATRINE"));
        assertThat(d.rule().in(MESSAGES, VI)).contains("từ 3 chỉ số trở lên");
        // the same decision in the English interface carries no Vietnamese
        assertThat(d.rule().in(MESSAGES, Locale.ENGLISH)).isEqualTo(
                "Poor household: income above the poverty line up to the near-poverty line and lacking 3 or more "
                        + "indicators");
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.in(MESSAGES, Locale.ENGLISH))
                .doesNotContainPattern("[à-ỹÀ-Ỹđ]"));
        assertThat(d.legalBasis()).contains("59/2015");
        assertThat(d.deprivationCount()).isEqualTo(3);
    }

    @Test
    void aDeprivationNamedTwiceCountsOnce() {
        assertThat(PovertyPolicy.byIncome(ND07, Area.URBAN, 1_000_000, List.of("LATRINE", "LATRINE", "NUTRITION"))
                .result()).isEqualTo(NEAR_POOR);
    }

    @Test
    void theStandardForAListYearFollowsTheFirstAndLastYears() {
        assertThat(QD59.appliesTo(2021)).isTrue();
        assertThat(ND07.appliesTo(2022)).isTrue();
        assertThat(ND07.appliesTo(2026)).isTrue();
        assertThat(ND351.appliesTo(2027)).isTrue();
        assertThat(Standards.unknownIndicator(QD59, List.of("HEALTH_INSURANCE", "EMPLOYMENT"))).contains("EMPLOYMENT");
        assertThat(Standards.deprived(ND07, Standards.mask(ND07, List.of("LATRINE", "EMPLOYMENT"))))
                .containsExactly("EMPLOYMENT", "LATRINE");
        assertThat(income("QD59_2015", "URBAN", 2_000_000, 0)).isEqualTo(NOT_POOR);
    }
}
