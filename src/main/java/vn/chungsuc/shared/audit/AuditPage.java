package vn.chungsuc.shared.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
