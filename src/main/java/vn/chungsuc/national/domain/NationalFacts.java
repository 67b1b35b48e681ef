package vn.chungsuc.national.domain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of the national table: the country by province, a province by unit, and what there is to choose. */
@Repository
public class NationalFacts {

    /** A line of the table: a province (or a unit) and its sum. */
    public record Line(String code, String name, long numerator, long denominator, long units) {

        /** The share in percent, two decimals; null without a denominator. */
        public java.math.BigDecimal share() {
            return denominator == 0 ? null : java.math.BigDecimal.valueOf(numerator * 100.0 / denominator)
                    .setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** An indicator with its name. */
    public record Choice(String code, String name) {
    }

    private final JdbcTemplate jdbc;

    NationalFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Choice> indicators() {
        return jdbc.query("select indicator_code, max(indicator_name) from national_fact group by indicator_code "
                + "order by indicator_code", (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    public List<String> periods(String indicator) {
        return jdbc.queryForList("select distinct period from national_fact where indicator_code = ? "
                + "order by period desc", String.class, indicator);
    }

    public List<String> provinces() {
        return jdbc.queryForList("select distinct province_code from national_fact order by 1", String.class);
    }

    /** Per province: the sums of the facts of the indicator and period. */
    public List<Line> byProvince(String indicator, String period) {
        return jdbc.query("""
                select province_code, sum(numerator), sum(denominator), count(*) from national_fact
                where indicator_code = ? and period = ? group by province_code order by province_code""",
                (rs, i) -> new Line(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                indicator, period);
    }

    /** A province's facts of the indicator and period, by unit. */
    public List<Line> byUnit(String province, String indicator, String period) {
        return jdbc.query("""
                select unit_code, unit_name, numerator, denominator from national_fact
                where province_code = ? and indicator_code = ? and period = ? order by unit_code""",
                (rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), 1),
                province, indicator, period);
    }
}
