package vn.chungsuc.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.registry.domain.HouseholdRow;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.PersonRow;
import vn.chungsuc.shared.audit.AuditLog;
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

    Exports(Households households, Areas areas, AuditLog audit) {
        this.households = households;
        this.areas = areas;
        this.audit = audit;
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
        List<String> titles = List.of(Layout.H_CODE.title(), Layout.H_AREA.title(), Layout.H_ADDRESS.title(),
                Layout.H_REGISTERED.title(), "Chủ hộ", "Số nhân khẩu", "Khu dân cư");
        long[] n = new long[1];
        write(out, Layout.HOUSEHOLDS, titles, sheet -> households.forEach(q, filter, f.asOf(), sort, h -> {
            Row r = sheet.createRow((int) ++n[0]);
            r.createCell(0).setCellValue(h.code());
            r.createCell(1).setCellValue(h.areaCode());
            r.createCell(2).setCellValue(h.address());
            r.createCell(3).setCellValue(Dates.show(h.startedOn()));
            r.createCell(4).setCellValue(h.headName() == null ? "" : h.headName());
            r.createCell(5).setCellValue(h.members());
            r.createCell(6).setCellValue(areaName(h.areaCode(), f.asOf()));
        }));
        audit.record("EXPORT", "registry.household", null, "Xuất danh sách " + n[0] + " hộ gia đình ra Excel", null,
                Map.of("rows", n[0], "filter", f.audit(), "columns", titles));
        return n[0];
    }

    /** Persons with their CCCD, date of birth and phone: personal data, exported only within the user's scope. */
    @Transactional(readOnly = false)
    public long persons(OutputStream out, String q, Areas.AreaFilter filter, Filter f) throws IOException {
        List<String> titles = List.of(Layout.P_HOUSEHOLD.title(), Layout.P_NAME.title(), Layout.P_SEX.title(),
                Layout.P_BIRTH.title(), Layout.P_CCCD.title(), Layout.P_ETHNICITY.title(), Layout.P_RELATION.title(),
                Layout.P_PHONE.title(), "Khu dân cư");
        long[] n = new long[1];
        write(out, Layout.PERSONS, titles, sheet -> households.forEachPerson(q, filter, f.asOf(), p -> {
            Row r = sheet.createRow((int) ++n[0]);
            r.createCell(0).setCellValue(p.householdCode());
            r.createCell(1).setCellValue(p.fullName());
            r.createCell(2).setCellValue(p.sex().label());
            r.createCell(3).setCellValue(Dates.show(p.birthDate()));
            r.createCell(4).setCellValue(p.citizenId() == null ? "" : p.citizenId());
            r.createCell(5).setCellValue(p.ethnicity());
            r.createCell(6).setCellValue(p.relation().label());
            r.createCell(7).setCellValue(p.phone() == null ? "" : p.phone());
            r.createCell(8).setCellValue(areaName(p.areaCode(), f.asOf()));
        }));
        audit.record("EXPORT", "registry.person", null, "Xuất danh sách " + n[0]
                + " nhân khẩu (có số CCCD, ngày sinh, số điện thoại) ra Excel", null,
                Map.of("rows", n[0], "filter", f.audit(), "columns", titles, "personalData", true));
        return n[0];
    }

    private String areaName(String code, LocalDate asOf) {
        return areas.area(code, asOf).map(UnitView::fullName).orElse(code);
    }

    private static void write(OutputStream out, String sheetName, List<String> titles, Consumer<SXSSFSheet> rows)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            rows.accept(sheet);
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
