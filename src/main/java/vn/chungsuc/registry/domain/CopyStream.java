package vn.chungsuc.registry.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: the fastest way to load many rows, and
 * memory stays at one buffer of about 1 MB whatever the number of rows. Each full buffer is sent as one COPY, so
 * between two buffers the connection is free for other statements of the same transaction (the import looks units
 * up while it reads rows; a statement sent during an open COPY would wait for it forever).
 */
public final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1024 * 1024;

    private final PGConnection connection;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    private CopyStream(PGConnection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    /** Prepares {@code COPY table (columns) FROM STDIN (FORMAT csv)}. */
    public static CopyStream open(Connection connection, String table, String columns) {
        try {
            return new CopyStream(connection.unwrap(PGConnection.class),
                    "copy " + table + " (" + columns + ") from stdin (format csv)");
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed to start", e);
        }
    }

    /** One row; null values become SQL NULL, everything else its text (dates ISO). */
    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String text = v instanceof LocalDate d ? d.toString() : v.toString();
            buffer.append('"');
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == '"') {
                    buffer.append('"');
                }
                buffer.append(ch);
            }
            buffer.append('"');
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        CopyIn copy = null;
        try {
            copy = connection.getCopyAPI().copyIn(sql);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } catch (SQLException e) {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("COPY failed", e);
        }
    }

    @Override
    public void close() {
        if (buffer.length() > 0) {
            flush();
        }
    }

}
