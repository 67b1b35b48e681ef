package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.importing.Layout;
import vn.chungsuc.registry.importing.TemplateWorkbook;

/** The import template: its two sheets to fill, empty below their titles, and a guide with examples and values. */
class TemplateWorkbookTest {

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void theTemplateHasTwoEmptySheetsToFillAndAGuideWithExamplesAndTheAllowedValues() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TemplateWorkbook.write(bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            // the sheets the import reads hold their titles only: nothing of the example is imported by mistake
            for (String name : List.of(Layout.HOUSEHOLDS, Layout.PERSONS)) {
                assertThat(wb.getSheet(name).getLastRowNum()).as(name).isZero();
            }
            Sheet guide = wb.getSheetAt(2);
            List<List<String>> rows = new ArrayList<>();
            guide.forEach(r -> rows.add(cells(r)));
            assertThat(rows).contains(Layout.HOUSEHOLD_COLUMNS.stream().map(Layout.Column::title).toList(),
                    Layout.PERSON_COLUMNS.stream().map(Layout.Column::title).toList());
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("14812-01-0001", "Nguyễn Văn An", "Nam"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(Layout.P_RELATION.title())
                    .containsAll(java.util.Arrays.stream(Relation.values()).map(Relation::label).toList()));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(Layout.P_SEX.title(), "Nam", "Nữ"));
        }
    }
}
