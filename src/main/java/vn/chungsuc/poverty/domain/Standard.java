package vn.chungsuc.poverty.domain;

import java.util.List;
import java.util.Optional;

/**
 * A poverty standard (chuẩn nghèo) as data: its lines, its deprivation indicators, the years of the lists it applies
 * to and its legal basis. One rule fits every standard so far:
 * <ul>
 * <li>poor when income is at or below the "alone" line (only QĐ 59/2015 has one: income alone makes a household
 * poor), or at or below the upper line with at least {@code minDeprivations} deprivations;</li>
 * <li>near-poor when at or below the upper line with fewer deprivations;</li>
 * <li>otherwise not poor.</li>
 * </ul>
 * QĐ 59/2015 Art. 2: alone line = poverty line, upper line = near-poverty line. NĐ 07/2021 Art. 3 and NĐ 351/2025:
 * no alone line, upper line = poverty line. The score variant applies the same rule to score A (B1) and score B (B2).
 */
public record Standard(String code, String name, String legalBasis, String scoreLegalBasis, int firstYear,
        int lastYear, Long ruralAloneLine, Long urbanAloneLine, long ruralUpperLine, long urbanUpperLine,
        int minDeprivations, Integer ruralScoreAlone, Integer urbanScoreAlone, Integer ruralScoreUpper,
        Integer urbanScoreUpper, Integer minDeprivationScore, int pointsPerDeprivation, boolean confirmed,
        String note, List<IndicatorDefinition> indicators) {

    public Standard {
        indicators = List.copyOf(indicators);
    }

    public boolean appliesTo(int listYear) {
        return listYear >= firstYear && listYear <= lastYear;
    }

    public Long aloneLine(Area area) {
        return area == Area.URBAN ? urbanAloneLine : ruralAloneLine;
    }

    public long upperLine(Area area) {
        return area == Area.URBAN ? urbanUpperLine : ruralUpperLine;
    }

    public Integer scoreAlone(Area area) {
        return area == Area.URBAN ? urbanScoreAlone : ruralScoreAlone;
    }

    public Integer scoreUpper(Area area) {
        return area == Area.URBAN ? urbanScoreUpper : ruralScoreUpper;
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The bits of this standard's indicators. */
    public int mask() {
        int mask = 0;
        for (IndicatorDefinition i : indicators) {
            mask |= 1 << i.bit();
        }
        return mask;
    }
}
