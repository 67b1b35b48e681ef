package vn.chungsuc.indicators.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chungsuc.shared.permission.Function;

/** The approval configuration ({@code indicators_approver}) and the indicators' owners ({@code indicators_owner}). */
@Repository
public class ApproverStore {

    private final JdbcClient jdbc;

    ApproverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every line, those in force first, then by unit and start. */
    public List<ApproverRule> all() {
        return jdbc.sql("select * from indicators_approver order by valid_to is not null, unit_code, valid_from, id")
                .query(this::row).list();
    }

    /** The lines on any of these units, whatever their dates. */
    public List<ApproverRule> onUnits(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicators_approver where unit_code in (:u)").param("u", units)
                .query(this::row).list();
    }

    public Optional<ApproverRule> find(long id) {
        return jdbc.sql("select * from indicators_approver where id = ?").param(id).query(this::row).optional();
    }

    public long insert(String unit, String indicator, String body, LocalDate from, LocalDate to, String basis,
            String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicators_approver (unit_code, indicator_code, body_code, valid_from, valid_to, basis,
                                                 created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(unit, indicator, body, from, to, basis, actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void end(long id, LocalDate to, String actor) {
        jdbc.sql("update indicators_approver set valid_to = ?, ended_by = ? where id = ?").params(to, actor, id)
                .update();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from indicators_approver)").query(Boolean.class).single();
    }

    /** The owner function of each indicator that has one. */
    public Map<String, Function> owners() {
        Map<String, Function> out = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, function from indicators_owner order by indicator_code").query(rs -> {
            try {
                out.put(rs.getString(1), Function.valueOf(rs.getString(2)));
            } catch (IllegalArgumentException e) {
                // a function this version does not know: the Front's default applies
            }
        });
        return out;
    }

    public Optional<Function> owner(String indicator) {
        return Optional.ofNullable(owners().get(indicator));
    }

    /** Sets the owner, or removes it (back to the Front) when null. */
    public void owner(String indicator, Function function, String actor) {
        if (function == null) {
            jdbc.sql("delete from indicators_owner where indicator_code = ?").param(indicator).update();
            return;
        }
        jdbc.sql("""
                insert into indicators_owner (indicator_code, function, updated_by) values (?, ?, ?)
                on conflict (indicator_code) do update set function = excluded.function,
                       updated_by = excluded.updated_by, updated_at = now()""")
                .params(indicator, function.name(), actor).update();
    }

    private ApproverRule row(ResultSet rs, int n) throws SQLException {
        java.sql.Date to = rs.getDate("valid_to");
        return new ApproverRule(rs.getLong("id"), rs.getString("unit_code"), rs.getString("indicator_code"),
                rs.getString("body_code"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString("basis"), rs.getString("created_by"));
    }
}
