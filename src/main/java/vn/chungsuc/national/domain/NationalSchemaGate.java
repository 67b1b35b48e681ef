package vn.chungsuc.national.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Schema changes reach the national side first. A later migration of this module that adds a column to
 * {@code national_fact} does not add it to the publication (its column list is explicit): at start a province
 * compares the table's columns with those published and, for any new one, asks the national server
 * ({@code chungsuc.national.central.url}, a read-only login) whether its {@code national_fact} has it; only then is
 * the publication widened ({@code ALTER PUBLICATION … SET TABLE}, which the table's owner may run). Until then the
 * province keeps publishing the old columns, so the subscription never meets a column it cannot store (which
 * would stop it and let the slot grow). Dropping a column is the reverse: the province's migration goes first.
 */
@Component
public class NationalSchemaGate {

    static final String PUBLICATION = "chungsuc_national";
    private static final Logger log = LoggerFactory.getLogger(NationalSchemaGate.class);

    /** What the last check found. */
    public record Check(List<String> published, List<String> heldBack, String message) {
    }

    private final JdbcTemplate jdbc;
    private final NationalRefresh refresh;
    private final String centralUrl;
    private final String centralUser;
    private final String centralPassword;
    private volatile Check last;

    NationalSchemaGate(JdbcTemplate jdbc, NationalRefresh refresh,
            @Value("${chungsuc.national.central.url:}") String centralUrl,
            @Value("${chungsuc.national.central.username:}") String centralUser,
            @Value("${chungsuc.national.central.password:}") String centralPassword) {
        this.jdbc = jdbc;
        this.refresh = refresh;
        this.centralUrl = centralUrl.strip();
        this.centralUser = centralUser;
        this.centralPassword = centralPassword;
    }

    public Check last() {
        return last;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (refresh.publishing()) {
            last = check(this::centralColumns);
        }
    }

    /** The columns of the national side's table; empty when it cannot be asked. */
    Set<String> centralColumns() {
        Set<String> out = new LinkedHashSet<>();
        if (centralUrl.isEmpty()) {
            return out;
        }
        try (Connection c = DriverManager.getConnection(centralUrl, centralUser, centralPassword);
                PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns "
                        + "where table_name = 'national_fact' and table_schema = current_schema()")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            log.warn("national server not reachable for the schema check: {}", e.getMessage());
        }
        return out;
    }

    /** Compares and widens the publication when the national side is ready. */
    public Check check(java.util.function.Supplier<Set<String>> central) {
        List<String> local = jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_name = 'national_fact' and table_schema = current_schema() order by ordinal_position",
                String.class);
        List<String> published = jdbc.queryForList("select unnest(attnames) from pg_publication_tables "
                + "where pubname = ? and tablename = 'national_fact'", String.class, PUBLICATION);
        List<String> added = new ArrayList<>(local);
        added.removeAll(published);
        if (added.isEmpty()) {
            return new Check(published, List.of(), null);
        }
        Set<String> there = central.get();
        if (!there.containsAll(added)) {
            List<String> missing = new ArrayList<>(added);
            missing.removeAll(there);
            log.warn("national_fact has new columns {} that the national side lacks: not published yet", missing);
            return new Check(published, missing, there.isEmpty() ? "unreachable" : "missing");
        }
        List<String> keep = new ArrayList<>(published);
        keep.addAll(added);
        String cols = String.join(", ", keep.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
        jdbc.execute("alter publication " + PUBLICATION + " set table national_fact (" + cols + ")");
        log.info("publication {} widened to the columns {}", PUBLICATION, added);
        return new Check(keep, List.of(), null);
    }
}
