package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Entered values and their history ({@code indicators_entry}, {@code indicators_entry_event}). */
@Repository
public class EntryStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EntryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from indicators_entry)").query(Boolean.class).single();
    }

    public Optional<Entry> find(String indicator, String unit, Period period) {
        return jdbc.sql("select * from indicators_entry where indicator_code = ? and unit_code = ? and period = ?")
                .params(indicator, unit, period.code()).query(this::row).optional();
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql("select * from indicators_entry where id = ?").param(id).query(this::row).optional();
    }

    /** The entries of some indicators for a period, for the units given (all units when null). */
    public List<Entry> list(Collection<String> indicators, Period period, Collection<String> units) {
        if (indicators.isEmpty() || (units != null && units.isEmpty())) {
            return List.of();
        }
        return jdbc.sql("select * from indicators_entry where indicator_code in (:i) and period = :p"
                        + (units == null ? "" : " and unit_code in (:u)") + " order by unit_code, indicator_code")
                .param("i", indicators).param("p", period.code()).param("u", units == null ? List.of("") : units)
                .query(this::row).list();
    }

    /** Submitted entries waiting for approval, oldest first. */
    public List<Entry> submitted() {
        return jdbc.sql("select * from indicators_entry where status = 'SUBMITTED' order by submitted_at, id")
                .query(this::row).list();
    }

    /** The approved values of an indicator, per period and unit. */
    public Map<Period, Map<String, Fraction>> approved(String indicator) {
        Map<Period, Map<String, Fraction>> out = new TreeMap<>();
        jdbc.sql("""
                select period, unit_code, approved_numerator, approved_denominator from indicators_entry
                where indicator_code = ? and approved_numerator is not null""").param(indicator)
                .query(rs -> {
                    out.computeIfAbsent(Period.parse(rs.getString("period")), p -> new HashMap<>())
                            .put(rs.getString("unit_code"), new Fraction(rs.getLong("approved_numerator"),
                                    rs.getLong("approved_denominator")));
                });
        return out;
    }

    public List<EntryEvent> events(long entryId) {
        return jdbc.sql("select * from indicators_entry_event where entry_id = ? order by at desc, id desc")
                .param(entryId)
                .query((rs, n) -> new EntryEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), (Long) rs.getObject("numerator"),
                        (Long) rs.getObject("denominator"), rs.getString("comment")))
                .list();
    }

    public long insert(String indicator, String unit, Period period, Fraction value, String note, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicators_entry (indicator_code, unit_code, period, status, numerator, denominator, note,
                                              updated_by)
                values (?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(indicator, unit, period.code(), value.numerator(), value.denominator(), note, actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes the values of a draft; false when someone else changed the entry since {@code version}. */
    public boolean updateValues(long id, int version, Fraction value, String note, String actor) {
        return jdbc.sql("""
                update indicators_entry set numerator = ?, denominator = ?, note = ?, status = 'DRAFT',
                       updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(value.numerator(), value.denominator(), note, actor, id, version).update() == 1;
    }

    public void submit(long id, String actor) {
        jdbc.sql("""
                update indicators_entry set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(),
                       updated_by = ?, updated_at = now(), version = version + 1 where id = ?""")
                .params(actor, actor, id).update();
    }

    public void approve(long id, String actor) {
        jdbc.sql("""
                update indicators_entry set status = 'APPROVED', approved_numerator = numerator,
                       approved_denominator = denominator, approved_by = ?, approved_at = now(), updated_by = ?,
                       updated_at = now(), version = version + 1 where id = ?""")
                .params(actor, actor, id).update();
    }

    public void sendBack(long id, String actor) {
        jdbc.sql("""
                update indicators_entry set status = 'RETURNED', updated_by = ?, updated_at = now(),
                       version = version + 1 where id = ?""")
                .params(actor, id).update();
    }

    public void event(long entryId, String actor, String action, Fraction value, String comment) {
        jdbc.sql("""
                insert into indicators_entry_event (entry_id, actor, action, numerator, denominator, comment)
                values (?, ?, ?, ?, ?, ?)""")
                .params(entryId, actor, action, value == null ? null : value.numerator(),
                        value == null ? null : value.denominator(), comment)
                .update();
    }

    /** An approved value with its history at once, for demo data and imports: entered, submitted and approved. */
    public record ApprovedValue(String indicator, String unit, Period period, Fraction value, String enteredBy,
            Instant submittedAt, String approvedBy, Instant approvedAt) {
    }

    public void insertApproved(List<ApprovedValue> values) {
        template.batchUpdate("""
                insert into indicators_entry (indicator_code, unit_code, period, status, numerator, denominator,
                       approved_numerator, approved_denominator, approved_by, approved_at, submitted_by, submitted_at,
                       updated_by, updated_at)
                values (?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (indicator_code, unit_code, period) do nothing""", values, 500, (ps, v) -> {
            ps.setString(1, v.indicator());
            ps.setString(2, v.unit());
            ps.setString(3, v.period().code());
            ps.setLong(4, v.value().numerator());
            ps.setLong(5, v.value().denominator());
            ps.setLong(6, v.value().numerator());
            ps.setLong(7, v.value().denominator());
            ps.setString(8, v.approvedBy());
            ps.setTimestamp(9, Timestamp.from(v.approvedAt()));
            ps.setString(10, v.enteredBy());
            ps.setTimestamp(11, Timestamp.from(v.submittedAt()));
            ps.setString(12, v.approvedBy());
            ps.setTimestamp(13, Timestamp.from(v.approvedAt()));
        });
        template.update("""
                insert into indicators_entry_event (entry_id, at, actor, action, numerator, denominator, comment)
                select e.id, e.submitted_at, e.submitted_by, 'SUBMIT', e.numerator, e.denominator, null
                from indicators_entry e
                where e.status = 'APPROVED' and not exists (select 1 from indicators_entry_event x where x.entry_id = e.id)
                union all
                select e.id, e.approved_at, e.approved_by, 'APPROVE', e.numerator, e.denominator, null
                from indicators_entry e
                where e.status = 'APPROVED' and not exists (select 1 from indicators_entry_event x where x.entry_id = e.id)
                """);
    }

    private Entry row(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("unit_code"),
                Period.parse(rs.getString("period")), EntryStatus.valueOf(rs.getString("status")),
                rs.getLong("numerator"), rs.getLong("denominator"), rs.getString("note"),
                (Long) rs.getObject("approved_numerator"), (Long) rs.getObject("approved_denominator"),
                rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
