package vn.chungsuc.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.importing.Layout.Column;

/**
 * The import template: the two sheets with their titles (a note on each title says what goes there), the CCCD and
 * phone columns formatted as text so Excel keeps their leading zeros, dates as dd/mm/yyyy, and drop-down lists for
 * sex and relation; a third sheet, which the import does not read, shows an example of each sheet, the allowed values
 * and what each column holds.
 */
public final class TemplateWorkbook {

    public static final String FILE_NAME = "mau-nhap-ho-gia-dinh.xlsx";

    private TemplateWorkbook() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle title = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            title.setFont(bold);
            title.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            title.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title.setWrapText(true);
            DataFormat format = wb.createDataFormat();
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(format.getFormat("dd/mm/yyyy"));

            Sheet households = sheet(wb, Layout.HOUSEHOLDS, Layout.HOUSEHOLD_COLUMNS, title);
            households.setDefaultColumnStyle(0, text);
            households.setDefaultColumnStyle(1, text);
            households.setDefaultColumnStyle(3, date);

            Sheet persons = sheet(wb, Layout.PERSONS, Layout.PERSON_COLUMNS, title);
            persons.setDefaultColumnStyle(0, text);
            persons.setDefaultColumnStyle(3, date);
            persons.setDefaultColumnStyle(4, text);
            persons.setDefaultColumnStyle(7, text);
            list(persons, 2, new String[] {"Nam", "Nữ"});
            list(persons, 6, java.util.Arrays.stream(Relation.values()).map(Relation::label).toArray(String[]::new));
            guide(wb, title);
            wb.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<Column> columns, CellStyle style) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            var cell = row.createCell(i);
            cell.setCellValue(c.title());
            cell.setCellStyle(style);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(factory.createRichTextString((c.required() ? "Bắt buộc. " : "Không bắt buộc. ") + c.hint()));
            cell.setCellComment(note);
            sheet.setColumnWidth(i, Math.max(14, c.title().length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Example rows and the allowed values, on a sheet the import does not read (it reads its two sheets by name). */
    static final String GUIDE = "Hướng dẫn";

    private static void guide(XSSFWorkbook wb, CellStyle title) {
        Sheet sheet = wb.createSheet(GUIDE);
        int[] at = {0};
        java.util.function.Consumer<String[]> line = cells -> {
            Row row = sheet.createRow(at[0]++);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
        };
        java.util.function.Consumer<String> heading = text -> {
            Row row = sheet.createRow(at[0]++);
            row.createCell(0).setCellValue(text);
            row.getCell(0).setCellStyle(title);
        };
        heading.accept("Ví dụ, trang “" + Layout.HOUSEHOLDS + "” (chép sang trang đó, không nhập từ trang này)");
        line.accept(Layout.HOUSEHOLD_COLUMNS.stream().map(Column::title).toArray(String[]::new));
        line.accept(new String[] {"14812-01-0001", "14812-01", "Số 12, đường Trần Phú", "15/03/2010"});
        at[0]++;
        heading.accept("Ví dụ, trang “" + Layout.PERSONS + "”");
        line.accept(Layout.PERSON_COLUMNS.stream().map(Column::title).toArray(String[]::new));
        line.accept(new String[] {"14812-01-0001", "Nguyễn Văn An", "Nam", "02/09/1975", "038075000123", "Kinh",
            Relation.HEAD.label(), "0912345678"});
        line.accept(new String[] {"14812-01-0001", "Lê Thị Bình", "Nữ", "20/11/1978", "", "Kinh",
            Relation.SPOUSE.label(), ""});
        at[0]++;
        heading.accept("Giá trị được dùng");
        line.accept(new String[] {Layout.P_SEX.title(), "Nam", "Nữ"});
        String[] relations = new String[Relation.values().length + 1];
        relations[0] = Layout.P_RELATION.title();
        for (int i = 0; i < Relation.values().length; i++) {
            relations[i + 1] = Relation.values()[i].label();
        }
        line.accept(relations);
        line.accept(new String[] {"Ngày", "dd/mm/yyyy, ví dụ 02/09/1975"});
        at[0]++;
        heading.accept("Các cột");
        for (List<Column> columns : List.of(Layout.HOUSEHOLD_COLUMNS, Layout.PERSON_COLUMNS)) {
            for (Column c : columns) {
                line.accept(new String[] {c.title(), c.required() ? "Bắt buộc" : "Không bắt buộc", c.hint()});
            }
        }
        for (int i = 0; i < 9; i++) {
            sheet.setColumnWidth(i, 22 * 256);
        }
    }

    private static void list(Sheet sheet, int column, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 1_048_575, column, column));
        v.setShowErrorBox(false);
        sheet.addValidationData(v);
    }
}
