package vn.chungsuc.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.UnitView;

/**
 * What the evaluation expects per half-year and year: each residential area's self-assessment (submitted on the day
 * its Ban Công tác Mặt trận last sent it), and each commune's review (done on the day of its last review once every
 * area of the commune that day has a reviewed evaluation). The units asked may be communes (their areas are
 * expected) or areas; spans (reviews of several years) expect nothing.
 */
@Component
class EvaluationDuties implements ReportingDuties {

    static final String SELF = "EVALUATION_AREA_SELF_ASSESSMENT";
    static final String REVIEW = "EVALUATION_COMMUNE_REVIEW";

    private final JdbcClient jdbc;
    private final Evaluations evaluations;

    EvaluationDuties(JdbcClient jdbc, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
    }

    @Override
    public List<DutyKind> kinds() {
        return List.of(new DutyKind(SELF, "evaluation.duty.self"), new DutyKind(REVIEW, "evaluation.duty.review"));
    }

    @Override
    public List<Duty> expected(String kind, Period period, Collection<String> unitCodes) {
        if (period.span() || unitCodes.isEmpty() || !(SELF.equals(kind) || REVIEW.equals(kind))) {
            return List.of();
        }
        List<UnitView> areas = new ArrayList<>(evaluations.areasOf(unitCodes, period.end()));
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<String, LocalDate> submitted = new HashMap<>();
        Map<String, LocalDate> reviewed = new HashMap<>();
        jdbc.sql("""
                select area_unit, submitted_on, reviewed_on from evaluation_assessment
                where period = :p and area_unit in (:u)""").param("p", period.code())
                .param("u", areas.stream().map(UnitView::code).toList()).query(rs -> {
                    submitted.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                    LocalDate r = rs.getObject(3, LocalDate.class);
                    if (r != null) {
                        reviewed.put(rs.getString(1), r);
                    }
                });
        String href = "/evaluation/areas/%s?period=" + period.code();
        if (SELF.equals(kind)) {
            return areas.stream().map(a -> new Duty(SELF, a.code(), period.code(),
                    Optional.ofNullable(submitted.get(a.code())), href.formatted(a.code()))).toList();
        }
        Map<String, List<UnitView>> byCommune = new LinkedHashMap<>();
        areas.forEach(a -> byCommune.computeIfAbsent(a.parentCode(), c -> new ArrayList<>()).add(a));
        List<Duty> out = new ArrayList<>();
        byCommune.forEach((commune, list) -> {
            boolean all = list.stream().allMatch(a -> reviewed.containsKey(a.code()));
            Optional<LocalDate> on = all ? list.stream().map(a -> reviewed.get(a.code())).max(LocalDate::compareTo)
                    : Optional.empty();
            out.add(new Duty(REVIEW, commune, period.code(), on,
                    "/evaluation?period=" + period.code() + "&unit=" + commune));
        });
        return out;
    }
}
