package vn.chungsuc.shared.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with one {@code insert … values (…), (…), …} statement per 500 rows: a town's decision of
 * thousands of families, or a demo year of entries, in a few round trips rather than one per row.
 */
public final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {
    }

    /**
     * @param into the table and its columns, as in {@code recognition_award (decision_id, title_code, year)}
     * @param rows the values of each row, in the order of the columns
     */
    public static void insert(JdbcClient jdbc, String into, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into ").append(into).append(" values ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = chunk.get(i);
                sql.append(i == 0 ? "(" : ", (").append("?, ".repeat(row.length - 1)).append("?)");
                args.addAll(Arrays.asList(row));
            }
            jdbc.sql(sql.toString()).params(args).update();
        }
    }
}
