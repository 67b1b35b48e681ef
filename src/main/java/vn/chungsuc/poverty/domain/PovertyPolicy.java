package vn.chungsuc.poverty.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.text.Text;

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
        List<Text> reasons = new ArrayList<>();
        Text income = Text.of("poverty.policy.income");
        if (alone != null) {
            reasons.add(compareIncome(income, monthlyIncome, alone, "poverty.policy.line.poor", area, s));
            if (monthlyIncome > alone) {
                reasons.add(compareIncome(income, monthlyIncome, upper, "poverty.policy.line.nearPoor", area, s));
            }
        } else {
            reasons.add(compareIncome(income, monthlyIncome, upper, "poverty.policy.line.poor", area, s));
        }
        reasons.add(count == 0
                ? Text.of("poverty.policy.deprivations", String.valueOf(count), String.valueOf(s.minDeprivations()))
                : Text.of("poverty.policy.deprivations.named", String.valueOf(count),
                        String.valueOf(s.minDeprivations()), String.join(", ", deprivations.stream().distinct()
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
        Text a = Text.of(alone != null ? "poverty.policy.score.B1" : "poverty.policy.score.A");
        Text b = Text.of(alone != null ? "poverty.policy.score.B2" : "poverty.policy.score.B");
        List<Text> reasons = new ArrayList<>();
        if (alone != null) {
            reasons.add(compareScore(a, scoreA, alone, "poverty.policy.line.poorScore", area));
            if (scoreA > alone) {
                reasons.add(compareScore(a, scoreA, upper, "poverty.policy.line.nearPoorScore", area));
            }
        } else {
            reasons.add(compareScore(a, scoreA, upper, "poverty.policy.line.poorScore", area));
        }
        reasons.add(Text.of("poverty.policy.scoreB", b, String.valueOf(scoreB), scoreB >= minB ? "≥" : "<",
                String.valueOf(minB), String.valueOf(s.pointsPerDeprivation())));
        int count = scoreB / Math.max(1, s.pointsPerDeprivation());
        return decide(s, alone != null && scoreA <= alone, scoreA <= upper, scoreB >= minB, reasons, count, true);
    }

    private static Decision decide(Standard s, boolean atOrBelowAlone, boolean atOrBelowUpper,
            boolean enoughDeprivations, List<Text> reasons, int count, boolean scores) {
        String basis = scores && s.scoreLegalBasis() != null ? s.scoreLegalBasis() : s.legalBasis();
        Text low = Text.of(scores ? "poverty.policy.low.score" : "poverty.policy.low.income");
        String min = String.valueOf(s.minDeprivations());
        if (atOrBelowAlone) {
            return new Decision(PovertyClass.POOR, Text.of("poverty.policy.rule.poorAlone", low), reasons, s.code(),
                    basis, count);
        }
        boolean twoTier = s.ruralAloneLine() != null || s.urbanAloneLine() != null;
        Text band = Text.of(twoTier ? "poverty.policy.band.twoTier" : "poverty.policy.band.single", low);
        if (atOrBelowUpper && enoughDeprivations) {
            return new Decision(PovertyClass.POOR, Text.of("poverty.policy.rule.poorDeprived", band, min), reasons,
                    s.code(), basis, count);
        }
        if (atOrBelowUpper) {
            return new Decision(PovertyClass.NEAR_POOR, Text.of("poverty.policy.rule.nearPoor", band, min), reasons,
                    s.code(), basis, count);
        }
        return new Decision(PovertyClass.NOT_POOR, Text.of("poverty.policy.rule.notPoor", low,
                Text.of(twoTier ? "poverty.policy.line.nearPoor" : "poverty.policy.line.poor")), reasons, s.code(),
                basis, count);
    }

    private static Text compareIncome(Text what, long value, long line, String lineKey, Area area, Standard s) {
        return Text.of("poverty.policy.compare.income", what, group(value), op(value, line), Text.of(lineKey),
                group(line), Text.of("poverty.policy.area." + area.name()), s.code());
    }

    private static Text compareScore(Text what, long value, long line, String lineKey, Area area) {
        return Text.of("poverty.policy.compare.score", what, group(value), op(value, line), Text.of(lineKey),
                group(line), Text.of("poverty.policy.area." + area.name()));
    }

    private static String op(long value, long line) {
        return value < line ? "<" : value == line ? "=" : ">";
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
