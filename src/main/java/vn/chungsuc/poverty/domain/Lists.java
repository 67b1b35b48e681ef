package vn.chungsuc.poverty.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyClass;

/** Reads the lists: the one in force on a date, a household's history, its survey of a year. */
@Component
public class Lists {

    private final JdbcClient jdbc;

    Lists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Page(List<ListEntry> items, long total) {
    }

    /** The entries of the lists in force on the date in the areas, of a class (or all classes: null). */
    public Page inForce(Collection<String> areas, LocalDate on, PovertyClass filter, int page, int size) {
        if (areas.isEmpty()) {
            return new Page(List.of(), 0);
        }
        String where = """
                from poverty_classification c
                join (select area_code, max(year) as year from poverty_list_area
                      where decided_on <= :on and area_code in (:areas) group by area_code) l
                  on l.area_code = c.area_code and l.year = c.year
                where c.decided_on <= :on and c.area_code in (:areas)
                  and (cast(:class as varchar) is null or coalesce(c.override_result, c.result) = :class)""";
        long total = jdbc.sql("select count(*) " + where).param("on", on).param("areas", areas)
                .param("class", filter == null ? null : filter.name()).query(Long.class).single();
        List<ListEntry> items = jdbc.sql("select c.* " + where + " order by c.area_code, c.household_code"
                + " limit :size offset :offset").param("on", on).param("areas", areas)
                .param("class", filter == null ? null : filter.name()).param("size", size)
                .param("offset", (long) page * size).query((rs, n) -> entry(rs)).list();
        return new Page(items, total);
    }

    /** Entries of a round's households (its proposed or decided list). */
    public List<ListEntry> ofRound(long roundId) {
        return jdbc.sql("select * from poverty_classification where round_id = :round order by area_code,"
                + " household_code").param("round", roundId).query((rs, n) -> entry(rs)).list();
    }

    public List<ListEntry> history(String householdCode) {
        return jdbc.sql("select * from poverty_classification where household_code = :code order by year")
                .param("code", householdCode).query((rs, n) -> entry(rs)).list();
    }

    public Optional<ListEntry> entry(String householdCode, int year) {
        return jdbc.sql("select * from poverty_classification where household_code = :code and year = :year")
                .param("code", householdCode).param("year", year).query((rs, n) -> entry(rs)).optional();
    }

    /**
     * The class each household had in the lists in force in the areas before the given year's list (for exits and
     * for the households a new round must review).
     */
    public java.util.Map<String, PovertyClass> previousList(Collection<String> areas, int year) {
        java.util.Map<String, PovertyClass> out = new java.util.HashMap<>();
        if (areas.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select c.household_code, coalesce(c.override_result, c.result) as r from poverty_classification c
                join (select area_code, max(year) as year from poverty_list_area
                      where area_code in (:areas) and year < :year group by area_code) l
                  on l.area_code = c.area_code and l.year = c.year
                where c.decided_on is not null""")
                .param("areas", areas).param("year", year)
                .query(rs -> {
                    out.put(rs.getString(1), PovertyClass.valueOf(rs.getString(2)));
                });
        return out;
    }

    public Optional<Survey> survey(String householdCode, int year) {
        return jdbc.sql("select * from poverty_survey where household_code = :code and year = :year")
                .param("code", householdCode).param("year", year).query((rs, n) -> new Survey(
                        rs.getString("household_code"), rs.getInt("year"), rs.getString("commune_code"),
                        rs.getString("area_code"), Area.valueOf(rs.getString("setting")),
                        rs.getObject("monthly_income", Long.class), rs.getInt("deprivations"),
                        rs.getObject("score_a", Integer.class), rs.getObject("score_b", Integer.class),
                        rs.getObject("surveyed_on", LocalDate.class), rs.getString("surveyed_by"),
                        rs.getObject("round_id", Long.class))).optional();
    }

    static ListEntry entry(ResultSet rs) throws SQLException {
        String override = rs.getString("override_result");
        return new ListEntry(rs.getString("household_code"), rs.getInt("year"), rs.getString("commune_code"),
                rs.getString("area_code"), Area.valueOf(rs.getString("setting")), rs.getString("standard_code"),
                PovertyClass.valueOf(rs.getString("result")), rs.getInt("deprivation_count"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("round_id", Long.class),
                override == null ? null : PovertyClass.valueOf(override), rs.getString("override_reason"),
                rs.getString("overridden_by"));
    }
}
