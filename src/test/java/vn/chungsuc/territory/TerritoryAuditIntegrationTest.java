package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;

/**
 * What territory leaves in the audit log (the demo's import, records, mergers and dissolution): each value a JSON
 * object whose fields are plain values or lists of them, which the audit screen shows field by field, and summaries
 * that name units with their codes.
 */
@IntegrationTest
class TerritoryAuditIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void everyValueIsAFlatJsonObject() {
        assertThat(count("jsonb_typeof(old_value) <> 'object' or jsonb_typeof(new_value) <> 'object'")).isZero();
        for (String column : List.of("old_value", "new_value")) {
            assertThat(jdbc.sql("""
                            select count(*) from shared_audit_entry e, jsonb_each(e.%s) kv
                            where e.entity_type = 'territory.unit'
                              and (jsonb_typeof(kv.value) = 'object'
                                   or (jsonb_typeof(kv.value) = 'array'
                                       and exists (select 1 from jsonb_array_elements(kv.value) x
                                                   where jsonb_typeof(x) in ('object', 'array'))))
                            """.formatted(column)).query(Long.class).single())
                    .as("nested values in %s", column).isZero();
        }
        assertThat(count("old_value::text like '%\"null\"%' or new_value::text like '%\"null\"%'")).isZero();
    }

    @Test
    void summariesNameTheUnitsInVietnamese() {
        assertThat(summaries("MERGE")).contains("Sáp nhập Phường Ba Đình (14812), Phường Lam Sơn (14815), Phường "
                + "Đông Sơn (14821) thành đơn vị mới Phường Bỉm Sơn (38-BS) từ ngày 01/07/2025");
        assertThat(summaries("DISSOLVE")).contains("Giải thể Thị xã Bỉm Sơn (381) từ ngày 01/07/2025; địa bàn chuyển "
                + "cho Phường Bỉm Sơn (38-BS), Phường Quang Trung (38-QT)");
        assertThat(summaries("RENAME")).contains("Đổi tên Khu phố Đoài (14827-02) thành Khu phố Đoài Thôn từ ngày "
                + "01/12/2019");
        assertThat(summaries("IMPORT")).contains("Nhập danh mục cấp xã của GSO, hiệu lực từ 01/01/2015: 10.599 mục; "
                + "thêm 10.599, thay đổi 0, giữ nguyên 0.");
        assertThat(summaries("CREATE")).contains("Thêm Khu phố 1 (14812-01) thuộc Phường Ba Đình từ ngày 01/01/2015");
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'territory.unit' and ("
                + condition + ")").query(Long.class).single();
    }

    private List<String> summaries(String action) {
        return jdbc.sql("select summary from shared_audit_entry where entity_type = 'territory.unit' and action = ?")
                .param(action).query(String.class).list();
    }
}
