package vn.chungsuc.shared.audit;

import java.time.LocalDate;

/** Filters for the audit log; null or blank fields do not filter. Pages count from 0. */
public record AuditQuery(String actor, String entityType, String text, LocalDate from, LocalDate to, int page,
        int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
