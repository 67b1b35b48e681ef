package vn.chungsuc.shared.audit;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.shared.web.VnFormat;

/**
 * The audit recorder. Every write to official data calls {@link #record} inside its own transaction, so the entry
 * lands or rolls back with the change it describes. Entries are never updated or deleted.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param action a verb code such as {@code CREATE}, {@code UPDATE}, {@code IMPORT}, {@code DISABLE}
     * @param oldValue the record before (any object Jackson can write, or null)
     * @param newValue the record after (or null for a deletion)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, String summary, Object oldValue,
            Object newValue) {
        recordAs(currentActor(), action, entityType, entityId, summary, oldValue, newValue);
    }

    /**
     * An entry for an actor named explicitly: a sign-in, a failed sign-in or a sign-out happens while no user (or
     * a user about to be) is in the security context.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String entityType, String entityId, String summary,
            Object oldValue, Object newValue) {
        jdbc.sql("""
                insert into shared_audit_entry (actor, action, entity_type, entity_id, summary, old_value, new_value)
                values (:actor, :action, :type, :id, :summary, cast(:old as jsonb), cast(:new as jsonb))
                """)
                .param("actor", actor)
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId)
                .param("summary", summary)
                .param("old", oldValue == null ? null : json.writeValueAsString(oldValue))
                .param("new", newValue == null ? null : json.writeValueAsString(newValue))
                .update();
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery q) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and lower(actor) = lower(?)");
            args.add(q.actor().trim());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.append(" and entity_type = ?");
            args.add(q.entityType().trim());
        }
        if (q.text() != null && !q.text().isBlank()) {
            // Accents and case are ignored, and the values are searched too: "bim son" finds "Bỉm Sơn".
            where.append(" and lower(unaccent(coalesce(entity_id, '') || ' ' || coalesce(summary, '') || ' '"
                    + " || coalesce(old_value::text, '') || ' ' || coalesce(new_value::text, ''))) like ?");
            args.add("%" + vn.chungsuc.shared.text.VietnameseText.likeKey(q.text()) + "%");
        }
        if (q.from() != null) {
            where.append(" and at >= ?");
            args.add(Timestamp.from(q.from().atStartOfDay(VnFormat.VIETNAM).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(VnFormat.VIETNAM)
                    .toInstant()));
        }
        long total = jdbc.sql("select count(*) from shared_audit_entry" + where).params(args)
                .query(Long.class).single();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<AuditEntry> entries = jdbc.sql("""
                select id, at, actor, action, entity_type, entity_id, summary,
                       old_value::text as old_value, new_value::text as new_value
                from shared_audit_entry""" + where + " order by id desc limit ? offset ?")
                .params(pageArgs)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("summary"), rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
        return new AuditPage(entries, total, q.page(), q.size());
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from shared_audit_entry order by 1").query(String.class).list();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
