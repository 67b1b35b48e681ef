package vn.chungsuc.poverty.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The poverty standards kept as data (table {@code poverty_standard} and its indicators), read on each call: they
 * are few and may be corrected by an administrator when a legal text is confirmed.
 */
@Component
public class Standards {

    private final JdbcClient jdbc;

    Standards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Standard> all() {
        Map<String, List<IndicatorDefinition>> indicators = new java.util.HashMap<>();
        jdbc.sql("""
                select si.standard_code, si.indicator_code, i.bit, si.position, si.dimension, si.name,
                       si.deprived_when, si.confirmed
                from poverty_standard_indicator si join poverty_indicator i on i.code = si.indicator_code
                order by si.standard_code, si.position""").query(rs -> {
                    indicators.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new IndicatorDefinition(
                            rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getBoolean(8)));
                });
        return jdbc.sql("select * from poverty_standard order by first_year").query((rs, n) -> new Standard(
                rs.getString("code"), rs.getString("name"), rs.getString("legal_basis"),
                rs.getString("score_legal_basis"), rs.getInt("first_year"), rs.getInt("last_year"),
                rs.getObject("rural_alone_line", Long.class), rs.getObject("urban_alone_line", Long.class),
                rs.getLong("rural_upper_line"), rs.getLong("urban_upper_line"), rs.getInt("min_deprivations"),
                rs.getObject("rural_score_alone", Integer.class), rs.getObject("urban_score_alone", Integer.class),
                rs.getObject("rural_score_upper", Integer.class), rs.getObject("urban_score_upper", Integer.class),
                rs.getObject("min_deprivation_score", Integer.class), rs.getInt("points_per_deprivation"),
                rs.getBoolean("confirmed"), rs.getString("note"),
                indicators.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    public Optional<Standard> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The standard for the list of a year (the list a review of year Y decides in December is the list of Y+1). */
    public Optional<Standard> forListYear(int year) {
        return all().stream().filter(s -> s.appliesTo(year)).findFirst();
    }

    /** The first code among those given that the standard has no indicator for. */
    public static Optional<String> unknownIndicator(Standard s, Collection<String> codes) {
        return codes.stream().filter(c -> s.indicator(c).isEmpty()).findFirst();
    }

    /** The deprivation mask of the given indicator codes (all of them must belong to the standard). */
    public static int mask(Standard s, Collection<String> codes) {
        int mask = 0;
        for (String c : codes) {
            mask |= 1 << s.indicator(c).orElseThrow().bit();
        }
        return mask;
    }

    /** The codes of the standard's indicators whose bits are set in the mask, in the standard's order. */
    public static List<String> deprived(Standard s, int mask) {
        return s.indicators().stream().filter(i -> (mask & (1 << i.bit())) != 0).map(IndicatorDefinition::code)
                .collect(Collectors.toList());
    }
}
