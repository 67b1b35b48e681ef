package vn.chungsuc.shared.audit;

import java.time.Instant;

/** One audit entry: who did what to which record, when, with the values before and after (JSON). */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
        String summary, String oldValue, String newValue) {
}
