package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chungsuc.territory.LineageEvent;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitType;

/** SQL over {@code territory_event} and {@code territory_event_link}. */
@Repository
class LineageStore {

    /** A link to write: either side may be null (a unit established from nothing, a unit dissolved). */
    record NewLink(String from, String to) {
    }

    /** The event that ended a unit: a merger or split into other units, or a dissolution. */
    record Ending(long eventId, LineageKind kind, LocalDate effectiveOn) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TerritoryCache cache;

    LineageStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TerritoryCache cache) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cache = cache;
    }

    long record(LineageKind kind, LocalDate effectiveOn, String legalBasis, String note, List<NewLink> links) {
        cache.written();
        long id = jdbc.sql("""
                        insert into territory_event (kind, effective_on, legal_basis, note)
                        values (:kind, :on, :basis, :note) returning id""")
                .param("kind", kind.name()).param("on", effectiveOn)
                .param("basis", blankToNull(legalBasis), java.sql.Types.VARCHAR)
                .param("note", blankToNull(note), java.sql.Types.VARCHAR)
                .query(Long.class).single();
        batch.batchUpdate("insert into territory_event_link (event_id, from_code, to_code) values (:event, :from, :to)",
                links.stream()
                        .map(l -> new MapSqlParameterSource("event", id)
                                .addValue("from", l.from(), java.sql.Types.VARCHAR)
                                .addValue("to", l.to(), java.sql.Types.VARCHAR))
                        .toArray(SqlParameterSource[]::new));
        return id;
    }

    /**
     * For each of the codes that a merger, split or dissolution on or before {@code upTo} ended, the latest such
     * event. A link from a unit to itself (it went on) does not end it.
     */
    Map<String, Ending> endings(Collection<String> codes, LocalDate upTo) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Ending> found = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (l.from_code) l.from_code, e.id, e.kind, e.effective_on
                        from territory_event_link l join territory_event e on e.id = l.event_id
                        where l.from_code in (:codes) and (l.to_code is null or l.to_code <> l.from_code)
                          and e.kind in ('MERGE', 'SPLIT', 'DISSOLVE') and e.effective_on <= :upTo
                        order by l.from_code, e.effective_on desc, e.id desc""")
                .param("codes", codes).param("upTo", upTo)
                .query((rs, i) -> found.put(rs.getString("from_code"), new Ending(rs.getLong("id"),
                        LineageKind.valueOf(rs.getString("kind")), rs.getObject("effective_on", LocalDate.class))))
                .list();
        return found;
    }

    /**
     * The events that link any of the codes, oldest first, each with all its links. A unit is named as it was just
     * before the event on the "from" side and as it was on the event's date on the "to" side, so a link shows the
     * change ("Thôn Điền Lư" → "Khu phố Điền Lư").
     */
    List<LineageEvent> eventsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<LinkRow> rows = jdbc.sql("""
                        select e.id, e.kind, e.effective_on, e.legal_basis, e.note, l.from_code, l.to_code,
                               f.name as from_name, f.type as from_type, t.name as to_name, t.type as to_type
                        from territory_event e
                        join territory_event_link l on l.event_id = e.id
                        left join lateral (select v.name, v.type from territory_unit_version v
                                           where v.code = l.from_code and v.valid_from < e.effective_on
                                           order by v.valid_from desc limit 1) f on true
                        left join lateral (select v.name, v.type from territory_unit_version v
                                           where v.code = l.to_code and v.valid_from <= e.effective_on
                                           order by v.valid_from desc limit 1) t on true
                        where e.id in (select event_id from territory_event_link
                                       where from_code in (:codes) or to_code in (:codes))
                        order by e.effective_on, e.id, l.id""")
                .param("codes", codes)
                .query((rs, i) -> new LinkRow(rs.getLong("id"), LineageKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("legal_basis"),
                        rs.getString("note"),
                        new LineageEvent.Link(
                                ref(rs.getString("from_code"), rs.getString("from_name"), rs.getString("from_type")),
                                ref(rs.getString("to_code"), rs.getString("to_name"), rs.getString("to_type")))))
                .list();
        Map<Long, List<LinkRow>> byEvent = new LinkedHashMap<>();
        rows.forEach(r -> byEvent.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byEvent.values().stream()
                .map(links -> {
                    LinkRow first = links.get(0);
                    return new LineageEvent(first.id(), first.kind(), first.on(), first.legalBasis(), first.note(),
                            links.stream().map(LinkRow::link).toList());
                })
                .toList();
    }

    private record LinkRow(long id, LineageKind kind, LocalDate on, String legalBasis, String note,
            LineageEvent.Link link) {
    }

    private static UnitRef ref(String code, String name, String type) {
        if (code == null) {
            return null;
        }
        if (name == null) {
            return new UnitRef(code, code, code);
        }
        return new UnitRef(code, name, UnitType.valueOf(type).fullName(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
