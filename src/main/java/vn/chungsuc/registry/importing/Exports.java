package vn.chungsuc.registry.importing;

import vn.chungsuc.registry.RegistryPermissions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.documents.XlsxTable.Column;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.UnitView;

/**
 * Any filtered list to .xlsx, streamed (SXSSF keeps 100 rows in memory and writes the rest to disk). The sheets use
 * the import template's titles first, so an exported file can be corrected and imported back; extra columns (head's
 * name, area name) are ignored by the import. Every export is audited: who, which list, which filter, how many rows.
 */
@Component
public class Exports {

    private final Households households;
    private final Areas areas;
    private final AuditLog audit;
    private final MessageSource messages;

    private final RegistryPermissions permissions;

    Exports(Households households, Areas areas, AuditLog audit, MessageSource messages,
            RegistryPermissions permissions) {
        this.permissions = permissions;
        this.households = households;
        this.areas = areas;
        this.audit = audit;
        this.messages = messages;
    }

    /** What was exported, for the audit entry. */
    public record Filter(String q, String unit, String setting, LocalDate asOf) {
        Map<String, Object> audit() {
            return Map.of("q", q == null ? "" : q, "unit", unit == null ? "" : unit,
                    "setting", setting == null ? "" : setting, "asOf", asOf.toString());
        }
    }

    @Transactional(readOnly = false)
    public long households(OutputStream out, String q, Areas.AreaFilter filter, Households.Sort sort, Filter f)
            throws IOException {
        // The template's columns first (the file can be corrected and imported back), then extras the import ignores.
        List<Column> columns = List.of(Column.fixed(Layout.H_CODE.title(), 18), Column.fixed(Layout.H_AREA.title(), 18),
                Column.fixed(Layout.H_ADDRESS.title(), 30), Column.fixed(Layout.H_REGISTERED.title(), 14),
                Column.of("registry.export.head", 24), Column.of("registry.export.members", 12),
                Column.of("registry.export.area", 28));
        long rows;
        try (XlsxTable book = new XlsxTable(messages, LocaleContextHolder.getLocale())) {
            XlsxTable.Sheet sheet = book.sheet(Layout.HOUSEHOLDS).columns(columns);
            households.forEach(q, filter, f.asOf(), sort, h -> sheet.row(h.code(), h.areaCode(), h.address(),
                    Dates.show(h.startedOn()), h.headName() == null ? "" : h.headName(), h.members(),
                    areaName(h.areaCode(), f.asOf())));
            book.write(out);
            rows = sheet.rows();
        }
        audit.record("EXPORT", "registry.household", null, "Xuất danh sách " + rows + " hộ gia đình ra Excel", null,
                Map.of("rows", rows, "filter", f.audit(), "columns", titles(columns)));
        return rows;
    }

    /** Persons with their CCCD, date of birth and phone: personal data, exported only within the user's scope. */
    @Transactional(readOnly = false)
    public long persons(OutputStream out, String q, Areas.AreaFilter filter, Filter f) throws IOException {
        List<Column> columns = List.of(Column.fixed(Layout.P_HOUSEHOLD.title(), 18),
                Column.fixed(Layout.P_NAME.title(), 26), Column.fixed(Layout.P_SEX.title(), 8),
                Column.fixed(Layout.P_BIRTH.title(), 14), Column.fixed(Layout.P_CCCD.title(), 16),
                Column.fixed(Layout.P_ETHNICITY.title(), 10), Column.fixed(Layout.P_RELATION.title(), 14),
                Column.fixed(Layout.P_PHONE.title(), 14), Column.of("registry.export.area", 28));
        long rows;
        // CCCD and phone masked for a user whose work does not need them, as on the pages (identity.read)
        boolean full = permissions.may("identity.read");
        try (XlsxTable book = new XlsxTable(messages, LocaleContextHolder.getLocale())) {
            XlsxTable.Sheet sheet = book.sheet(Layout.PERSONS).columns(columns);
            households.forEachPerson(q, filter, f.asOf(), p -> sheet.row(p.householdCode(), p.fullName(),
                    p.sex().label(), Dates.show(p.birthDate()),
                    p.citizenId() == null ? "" : full ? p.citizenId() : RegistryPermissions.mask(p.citizenId()),
                    p.ethnicity(), p.relation().label(),
                    p.phone() == null ? "" : full ? p.phone() : RegistryPermissions.mask(p.phone()),
                    areaName(p.areaCode(), f.asOf())));
            book.write(out);
            rows = sheet.rows();
        }
        audit.record("EXPORT", "registry.person", null, "Xuất danh sách " + rows
                + " nhân khẩu (có số CCCD, ngày sinh, số điện thoại) ra Excel", null,
                Map.of("rows", rows, "filter", f.audit(), "columns", titles(columns), "personalData", true));
        return rows;
    }

    private List<String> titles(List<Column> columns) {
        return columns.stream().map(c -> c.text() != null ? c.text() : c.key()).toList();
    }

    private String areaName(String code, LocalDate asOf) {
        return areas.area(code, asOf).map(UnitView::fullName).orElse(code);
    }
}
