package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyClass;

/**
 * {@link PovertyPolicy} as one SQL statement over many surveys at once: the standard's lines and indicator mask
 * come from its rows, a survey's deprivations under it are {@code bit_count(mask & standard mask)}. Used to decide
 * a round's list, to load the demo history and to reclassify a whole year under another standard (a million
 * households in seconds, no row travels to Java). {@code PovertyClassificationConsistencyTest} checks that it
 * agrees with the policy.
 */
@Component
public class SetClassifier {

    /**
     * Columns: household_code, year, commune_code, area_code, setting, round_id, standard_code, result,
     * deprivation_count.
     */
    static final String CLASSIFIED = """
            select s.household_code, s.year, s.commune_code, s.area_code, s.setting, s.round_id, st.code as standard_code,
              case when s.monthly_income is not null then
                case when s.monthly_income <= case when s.setting = 'URBAN' then st.urban_alone_line
                                                   else st.rural_alone_line end then 'POOR'
                     when s.monthly_income <= case when s.setting = 'URBAN' then st.urban_upper_line
                                                   else st.rural_upper_line end then
                       case when bit_count((s.deprivations & m.mask)::bit(32)) >= st.min_deprivations
                            then 'POOR' else 'NEAR_POOR' end
                     else 'NOT_POOR' end
              else
                case when s.score_a <= case when s.setting = 'URBAN' then st.urban_score_alone
                                            else st.rural_score_alone end then 'POOR'
                     when s.score_a <= case when s.setting = 'URBAN' then st.urban_score_upper
                                            else st.rural_score_upper end then
                       case when coalesce(s.score_b, bit_count((s.deprivations & m.mask)::bit(32))
                                          * st.points_per_deprivation) >= st.min_deprivation_score
                            then 'POOR' else 'NEAR_POOR' end
                     else 'NOT_POOR' end
              end as result,
              bit_count((s.deprivations & m.mask)::bit(32))::int as deprivation_count
            from poverty_survey s
            join poverty_standard st on st.code = :standard
            cross join (select coalesce(sum(1 << i.bit), 0)::int as mask
                        from poverty_standard_indicator si join poverty_indicator i on i.code = si.indicator_code
                        where si.standard_code = :standard) m
            """;

    private final JdbcClient jdbc;

    SetClassifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Classifies the surveys of a round (or, with a null round, every survey of the year) into the year's list,
     * replacing earlier results of the same households and year but keeping officers' overrides.
     */
    public int classifyIntoList(int year, Long roundId, String standard, LocalDate decidedOn) {
        return jdbc.sql("insert into poverty_classification (household_code, year, commune_code, area_code, setting,"
                + " standard_code, result, deprivation_count, decided_on, round_id)"
                + " select c.household_code, c.year, c.commune_code, c.area_code, c.setting, c.standard_code,"
                + " c.result, c.deprivation_count, cast(:decided as date), c.round_id from ("
                + CLASSIFIED + " where s.year = :year and (cast(:round as bigint) is null or s.round_id = :round)"
                + ") c on conflict (household_code, year) do update set commune_code = excluded.commune_code,"
                + " area_code = excluded.area_code, setting = excluded.setting,"
                + " standard_code = excluded.standard_code, result = excluded.result,"
                + " deprivation_count = excluded.deprivation_count, decided_on = excluded.decided_on,"
                + " round_id = excluded.round_id")
                .param("year", year).param("round", roundId).param("standard", standard)
                .param("decided", decidedOn).update();
    }

    /**
     * Reclassifies every household surveyed for the year under the standard, into the scenario table (the decided
     * lists are left as they are), and counts the results.
     */
    public Map<PovertyClass, Long> reclassify(int year, String standard) {
        jdbc.sql("delete from poverty_reclassification where year = :year and standard_code = :standard")
                .param("year", year).param("standard", standard).update();
        Map<PovertyClass, Long> counts = new EnumMap<>(PovertyClass.class);
        for (PovertyClass c : PovertyClass.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("with done as (insert into poverty_reclassification (year, standard_code, household_code, result)"
                + " select c.year, c.standard_code, c.household_code, c.result from (" + CLASSIFIED
                + " where s.year = :year) c returning result)"
                + " select result, count(*) as n from done group by result")
                .param("year", year).param("standard", standard)
                .query(rs -> {
                    counts.put(PovertyClass.valueOf(rs.getString("result")), rs.getLong("n"));
                });
        return counts;
    }
}
