package vn.chungsuc.poverty.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.chungsuc.poverty.PovertyClass;

/**
 * Classifies a household under a {@link Standard}, from its monthly income per person and its deprivations (QĐ
 * 59/2015/QĐ-TTg Art. 2; NĐ 07/2021/NĐ-CP Art. 3; NĐ 351/2025/NĐ-CP), or from the scores of form B (TT 17/2016 as
 * amended by TT 14/2018 Art. 1 §5: B1 and B2; TT 07/2021: A and B). Each decision lists its reasons and the rule
 * that decided. Callers check the indicators belong to the standard ({@link Standards#unknownIndicator}).
 */
public final class PovertyPolicy {

    private PovertyPolicy() {
    }

    public static Decision byIncome(Standard s, Area area, long monthlyIncome, Collection<String> deprivations) {
        int count = (int) deprivations.stream().distinct().count();
        Long alone = s.aloneLine(area);
        long upper = s.upperLine(area);
        List<String> reasons = new ArrayList<>();
        String areaName = area == Area.URBAN ? "thành thị" : "nông thôn";
        String where = " (" + areaName + ", " + s.code() + ")";
        if (alone != null) {
            reasons.add(compare("Thu nhập bình quân", monthlyIncome, alone, "chuẩn nghèo", " đ/người/tháng") + where);
            if (monthlyIncome > alone) {
                reasons.add(compare("Thu nhập bình quân", monthlyIncome, upper, "chuẩn cận nghèo",
                        " đ/người/tháng") + where);
            }
        } else {
            reasons.add(compare("Thu nhập bình quân", monthlyIncome, upper, "chuẩn nghèo", " đ/người/tháng") + where);
        }
        reasons.add("Thiếu hụt " + count + " chỉ số dịch vụ xã hội cơ bản (ngưỡng: " + s.minDeprivations() + ")"
                + (count == 0 ? "" : ": " + String.join(", ", deprivations.stream().distinct()
                        .map(c -> s.indicator(c).map(IndicatorDefinition::name).orElse(c)).toList())));
        return decide(s, alone != null && monthlyIncome <= alone, monthlyIncome <= upper,
                count >= s.minDeprivations(), reasons, count, false);
    }

    public static Decision byScore(Standard s, Area area, int scoreA, int scoreB) {
        Integer alone = s.scoreAlone(area);
        Integer upper = s.scoreUpper(area);
        Integer minB = s.minDeprivationScore();
        if (upper == null || minB == null) {
            throw new IllegalArgumentException("standard " + s.code() + " has no score thresholds");
        }
        String a = alone != null ? "Điểm B1" : "Điểm A";
        String b = alone != null ? "Điểm B2" : "Điểm B";
        String areaName = area == Area.URBAN ? "thành thị" : "nông thôn";
        List<String> reasons = new ArrayList<>();
        if (alone != null) {
            reasons.add(compare(a, scoreA, alone, "ngưỡng nghèo", " điểm") + " (" + areaName + ")");
            if (scoreA > alone) {
                reasons.add(compare(a, scoreA, upper, "ngưỡng cận nghèo", " điểm") + " (" + areaName + ")");
            }
        } else {
            reasons.add(compare(a, scoreA, upper, "ngưỡng nghèo", " điểm") + " (" + areaName + ")");
        }
        reasons.add(b + " " + scoreB + (scoreB >= minB ? " ≥ " : " < ") + minB + " điểm ("
                + s.pointsPerDeprivation() + " điểm mỗi chỉ số thiếu hụt)");
        int count = scoreB / Math.max(1, s.pointsPerDeprivation());
        return decide(s, alone != null && scoreA <= alone, scoreA <= upper, scoreB >= minB, reasons, count, true);
    }

    private static Decision decide(Standard s, boolean atOrBelowAlone, boolean atOrBelowUpper,
            boolean enoughDeprivations, List<String> reasons, int count, boolean scores) {
        String basis = scores && s.scoreLegalBasis() != null ? s.scoreLegalBasis() : s.legalBasis();
        String lowLabel = scores ? "điểm thu nhập" : "thu nhập";
        if (atOrBelowAlone) {
            return new Decision(PovertyClass.POOR, "Hộ nghèo: " + lowLabel + " bằng hoặc dưới chuẩn nghèo",
                    reasons, s.code(), basis, count);
        }
        boolean twoTier = s.ruralAloneLine() != null || s.urbanAloneLine() != null;
        String band = twoTier ? lowLabel + " trên chuẩn nghèo đến chuẩn cận nghèo" : lowLabel
                + " bằng hoặc dưới chuẩn nghèo";
        if (atOrBelowUpper && enoughDeprivations) {
            return new Decision(PovertyClass.POOR, "Hộ nghèo: " + band + " và thiếu hụt từ " + s.minDeprivations()
                    + " chỉ số trở lên", reasons, s.code(), basis, count);
        }
        if (atOrBelowUpper) {
            return new Decision(PovertyClass.NEAR_POOR, "Hộ cận nghèo: " + band + " và thiếu hụt dưới "
                    + s.minDeprivations() + " chỉ số", reasons, s.code(), basis, count);
        }
        return new Decision(PovertyClass.NOT_POOR, "Không thuộc hộ nghèo, cận nghèo: " + lowLabel + " trên "
                + (twoTier ? "chuẩn cận nghèo" : "chuẩn nghèo"), reasons, s.code(), basis, count);
    }

    private static String compare(String what, long value, long line, String lineName, String unit) {
        String op = value < line ? " < " : value == line ? " = " : " > ";
        return what + " " + group(value) + unit + op + lineName + " " + group(line) + unit;
    }

    static String group(long n) {
        String plain = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }
}
