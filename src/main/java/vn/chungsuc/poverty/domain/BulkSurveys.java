package vn.chungsuc.poverty.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * Step 2 for a whole list at once (QĐ 24/2021/QĐ-TTg, Điều 4 khoản 2: the enumerators survey every listed household
 * with form B): last year's forms carried over as drafts, and many forms saved in one go (an imported workbook, a
 * grid of a residential area). A draft is never a survey: the classification, the "surveyed" mark and the count of
 * step 2 read only {@code poverty_survey}, which a draft reaches only when the officer confirms it.
 */
@Component
public class BulkSurveys {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Standards standards;
    private final AuditLog audit;

    BulkSurveys(JdbcClient jdbc, Rounds rounds, Standards standards, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.standards = standards;
        this.audit = audit;
    }

    /**
     * A form B carried over from an earlier year, to be checked and confirmed.
     *
     * @param unasked indicators of the round's standard that the earlier form did not ask (left unticked)
     */
    public record Draft(String householdCode, int fromYear, Long monthlyIncome, int deprivations, Integer scoreA,
            Integer scoreB, List<String> unasked) {
    }

    /** One household's answers of form B, as typed in a grid or read from a workbook row. */
    public record Answer(String householdCode, long monthlyIncome, List<String> deprived) implements Serializable {
    }

    /**
     * Carries the latest earlier form B (normally last year's) of each listed household that has neither a survey of
     * the round's year nor a draft into a draft. Indicators the round's standard no longer has are dropped; those it
     * added are named as not asked. Returns how many drafts were made.
     */
    @Transactional
    public int carryOver(long roundId, String by) {
        Round r = rounds.find(roundId).orElseThrow(() -> new RoundRefused("poverty.round.refused.notFound", roundId));
        if (r.current() != 2) {
            throw new RoundRefused(r.current() < 2 ? "poverty.round.refused.earlier" : "poverty.round.refused.done",
                    2, r.current());
        }
        Standard now = standards.find(r.standardCode()).orElseThrow();
        List<Object[]> earlier = jdbc.sql("""
                select distinct on (s.household_code) s.household_code, s.year, s.monthly_income, s.deprivations,
                       s.score_a, s.score_b
                from poverty_round_household h
                join poverty_survey s on s.household_code = h.household_code and s.year < :year
                where h.round_id = :r
                  and not exists (select 1 from poverty_survey t where t.household_code = h.household_code
                                  and t.year = :year)
                  and not exists (select 1 from poverty_survey_draft d where d.round_id = h.round_id
                                  and d.household_code = h.household_code)
                order by s.household_code, s.year desc""").param("r", roundId).param("year", r.year())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getObject(3, Long.class),
                        rs.getInt(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)}).list();
        Map<Integer, String> unaskedByYear = new LinkedHashMap<>();
        for (Object[] e : earlier) {
            int year = (Integer) e[1];
            String unasked = unaskedByYear.computeIfAbsent(year, y -> standards.forListYear(y + 1)
                    .map(then -> now.indicators().stream().map(IndicatorDefinition::code)
                            .filter(c -> then.indicator(c).isEmpty()).collect(Collectors.joining(",")))
                    .orElse(""));
            jdbc.sql("""
                    insert into poverty_survey_draft (round_id, household_code, from_year, monthly_income,
                      deprivations, score_a, score_b, unasked, created_by)
                    values (:r, :h, :y, :i, :d, :sa, :sb, :u, :by)""").param("r", roundId).param("h", e[0])
                    .param("y", year).param("i", e[2]).param("d", ((Integer) e[3]) & now.mask())
                    .param("sa", e[4]).param("sb", e[5]).param("u", unasked).param("by", by).update();
        }
        audit.record("CREATE", "POVERTY_ROUND", String.valueOf(roundId), "Chuyển phiếu B năm trước thành bản"
                + " nháp cho " + earlier.size() + " hộ", null, Map.of("drafts", earlier.size()));
        return earlier.size();
    }

    /** The round's drafts by household code. */
    public Map<String, Draft> drafts(long roundId) {
        Map<String, Draft> out = new LinkedHashMap<>();
        jdbc.sql("select * from poverty_survey_draft where round_id = :r order by household_code")
                .param("r", roundId).query(rs -> {
                    String unasked = rs.getString("unasked");
                    out.put(rs.getString("household_code"), new Draft(rs.getString("household_code"),
                            rs.getInt("from_year"), rs.getObject("monthly_income", Long.class),
                            rs.getInt("deprivations"), rs.getObject("score_a", Integer.class),
                            rs.getObject("score_b", Integer.class),
                            unasked.isEmpty() ? List.of() : List.of(unasked.split(","))));
                });
        return out;
    }

    /**
     * Saves every answer or none (an imported workbook is applied all or nothing): the first refusal rolls back the
     * ones saved before it.
     */
    @Transactional
    public int saveAll(long roundId, Collection<Answer> answers, String by) {
        for (Answer a : answers) {
            rounds.survey(roundId, a.householdCode(), a.monthlyIncome(), a.deprived(), by);
        }
        audit.record("IMPORT", "POVERTY_ROUND", String.valueOf(roundId), "Nhập " + answers.size()
                + " phiếu B từ tệp", null, Map.of("forms", answers.size()));
        return answers.size();
    }
}
