package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * The organisations that help poor households out of poverty (the seed programme: "all poor households have an
 * organisation that helps them"), and what they gave.
 */
@Component
public class Supports {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Supports(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Support(long id, String householdCode, long organisationId, String organisationName,
            LocalDate assignedOn, String assignedBy, List<Given> given) {
    }

    public record Given(LocalDate on, String what, long value, String recordedBy) {
    }

    public List<Support> of(String householdCode) {
        return jdbc.sql("select * from poverty_support where household_code = :h order by assigned_on, id")
                .param("h", householdCode).query((rs, n) -> new Support(rs.getLong("id"),
                        rs.getString("household_code"), Long.parseLong(rs.getString("organisation_code")),
                        rs.getString("organisation_name"), rs.getObject("assigned_on", LocalDate.class),
                        rs.getString("assigned_by"), given(rs.getLong("id")))).list();
    }

    private List<Given> given(long supportId) {
        return jdbc.sql("select * from poverty_support_record where support_id = :s order by given_on, id")
                .param("s", supportId).query((rs, n) -> new Given(rs.getObject("given_on", LocalDate.class),
                        rs.getString("what"), rs.getLong("value"), rs.getString("recorded_by"))).list();
    }

    @Transactional
    public long assign(String householdCode, long organisationId, String organisationName, LocalDate on, String by) {
        long id = jdbc.sql("""
                insert into poverty_support (household_code, organisation_code, organisation_name, assigned_on,
                  assigned_by) values (:h, :o, :n, :on, :by) returning id""").param("h", householdCode)
                .param("o", String.valueOf(organisationId)).param("n", organisationName).param("on", on)
                .param("by", by).query(Long.class).single();
        audit.record("ASSIGN", "POVERTY_SUPPORT", String.valueOf(id), organisationName + " giúp đỡ hộ "
                + householdCode, null, Map.of("household", householdCode, "organisation", organisationId));
        return id;
    }

    @Transactional
    public void give(long supportId, LocalDate on, String what, long value, String by) {
        if (what == null || what.isBlank() || value < 0 || on == null) {
            throw new RoundRefused("poverty.support.refused");
        }
        jdbc.sql("""
                insert into poverty_support_record (support_id, given_on, what, value, recorded_by)
                values (:s, :on, :what, :v, :by)""").param("s", supportId).param("on", on)
                .param("what", what.strip()).param("v", value).param("by", by).update();
        audit.record("SUPPORT", "POVERTY_SUPPORT", String.valueOf(supportId), "Hỗ trợ: " + what + " (" + value
                + " đ)", null, Map.of("on", on.toString(), "value", value));
    }

    /** Poor households of the lists in force on the date in the areas that no organisation supports. */
    public List<ListEntry> unsupported(Collection<String> areas, LocalDate on) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.* from poverty_classification c
                join (select area_code, max(year) as year from poverty_list_area
                      where decided_on <= :on and area_code in (:areas) group by area_code) l
                  on l.area_code = c.area_code and l.year = c.year
                where c.decided_on <= :on and coalesce(c.override_result, c.result) = 'POOR'
                  and not exists (select 1 from poverty_support s where s.household_code = c.household_code)
                order by c.area_code, c.household_code""").param("on", on).param("areas", areas)
                .query((rs, n) -> Lists.entry(rs)).list();
    }
}
