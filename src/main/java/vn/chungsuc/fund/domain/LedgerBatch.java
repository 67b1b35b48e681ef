package vn.chungsuc.fund.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows into one table in a few statements: each column travels as one PostgreSQL array and the rows are
 * {@code unnest}ed on the server ({@code insert … select … from unnest(?, ?, …)}), in chunks of
 * {@value #CHUNK} rows, inside the caller's transaction. What a statement import of 100,000 lines needs instead of
 * 300,000 single-row round trips. Ids are taken from the table's sequence beforehand ({@link #ids}), so rows that
 * point at one another (a donation at its entry, a line at its donation) are written without reading anything back.
 */
public final class LedgerBatch {

    static final int CHUNK = 10_000;

    /**
     * A column: its name, the SQL type of the array's elements as sent ({@code bigint}, {@code text},
     * {@code boolean}) and the type it is cast to on insert ({@code date}, {@code timestamptz}… or the same).
     */
    public record Column(String name, String sentAs, String castTo) {

        public static Column of(String name, String type) {
            return new Column(name, type, type);
        }

        public static Column text(String name, String castTo) {
            return new Column(name, "text", castTo);
        }
    }

    /**
     * Columns written as {@code "name:type name:type …"}: {@code bigint}, {@code int} and {@code boolean} are sent
     * as such; any other type ({@code varchar}, {@code date}, {@code char(64)}…) is sent as text and cast.
     */
    public static List<Column> columns(String spec) {
        return java.util.Arrays.stream(spec.strip().split("\\s+")).map(c -> {
            int colon = c.indexOf(':');
            String name = c.substring(0, colon);
            String type = c.substring(colon + 1);
            return switch (type) {
                case "bigint", "int", "boolean" -> Column.of(name, type);
                default -> Column.text(name, type);
            };
        }).toList();
    }

    private final JdbcTemplate jdbc;

    public LedgerBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code n} fresh ids of the table's serial column {@code id}, ascending. */
    public long[] ids(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        List<Long> got = jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table, n);
        return got.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** A query of one text column with one parameter, a text array ({@code where x = any(?)}). */
    public List<String> strings(String sql, List<String> values) {
        return jdbc.execute((ConnectionCallback<List<String>>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                Array a = con.createArrayOf("text", values.toArray(new String[0]));
                ps.setArray(1, a);
                List<String> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                a.free();
                return out;
            }
        });
    }

    /** Inserts the rows (each an array of the columns' values, in order; null allowed). */
    public void insert(String table, List<Column> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (");
        StringBuilder select = new StringBuilder(" select ");
        StringBuilder from = new StringBuilder(" from unnest(");
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            String sep = c == 0 ? "" : ", ";
            sql.append(sep).append(col.name());
            select.append(sep).append("c").append(c).append("::").append(col.castTo());
            from.append(sep).append("?::").append(col.sentAs()).append("[]");
        }
        from.append(") as t(");
        for (int c = 0; c < columns.size(); c++) {
            from.append(c == 0 ? "" : ", ").append("c").append(c);
        }
        from.append(")");
        String statement = sql.append(")").append(select).append(from).toString();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            jdbc.execute((ConnectionCallback<Void>) con -> {
                try (PreparedStatement ps = con.prepareStatement(statement)) {
                    List<Array> arrays = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        Array a = array(con, columns.get(c), chunk, c);
                        arrays.add(a);
                        ps.setArray(c + 1, a);
                    }
                    ps.executeUpdate();
                    for (Array a : arrays) {
                        a.free();
                    }
                }
                return null;
            });
        }
    }

    private static Array array(Connection con, Column col, List<Object[]> rows, int c) throws java.sql.SQLException {
        Object[] values = switch (col.sentAs()) {
            case "bigint" -> new Long[rows.size()];
            case "int" -> new Integer[rows.size()];
            case "boolean" -> new Boolean[rows.size()];
            default -> new String[rows.size()];
        };
        for (int r = 0; r < rows.size(); r++) {
            Object v = rows.get(r)[c];
            values[r] = v != null && values instanceof String[] ? v.toString() : v;
        }
        return con.createArrayOf(col.sentAs(), values);
    }
}
