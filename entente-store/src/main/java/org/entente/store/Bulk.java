package org.entente.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk writes for the store writer through DuckDB's Appender (a columnar copy; a multi-row
 * {@code INSERT ... VALUES} with bound parameters cost DuckDB about 1 ms per actor mention).
 *
 * <p>Transactions. An Appender writes in its connection's transaction only if one is already running, i.e. a
 * statement has run since the last commit or rollback; otherwise DuckDB commits the appended rows on their own.
 * Checked with duckdb_jdbc 2.0.0.1: with auto-commit off, rows appended before any statement survived
 * {@code rollback()}, and so did rows still buffered at the rollback and flushed when the appender was closed
 * afterwards (that is why an earlier version of the writer saw rolled-back rows). So the writer (1) always runs a
 * query first in each transaction ({@link StoreWriter} reads which articles are stored), and (2) closes every
 * appender (try-with-resources) before it commits or rolls back. {@code BulkTest} checks both.
 */
final class Bulk {
    private final DuckDBConnection c;
    private final Set<String> created = new HashSet<>();

    Bulk(DuckDBConnection c) {
        this.c = c;
    }

    /** Appends {@code rows} (values in table column order) to {@code table}. */
    void insert(String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        append(table, "main", rows);
    }

    private void append(String table, String schema, List<Object[]> rows) throws SQLException {
        try (DuckDBAppender ap = schema.equals("temp") ? c.createAppender("temp", "main", table)
                : c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                ap.beginRow();
                for (Object v : row) {
                    append(ap, v);
                }
                ap.endRow();
            }
        }
    }

    /**
     * Fills TEMP table {@code stage_NAME} (shaped like {@code shape}, a SELECT) with exactly {@code rows}, for the
     * caller to use in a statement of its transaction (an UPDATE ... FROM).
     */
    void stage(String name, String shape, List<Object[]> rows) throws SQLException {
        String stage = "stage_" + name;
        try (Statement s = c.createStatement()) {
            if (created.add(stage)) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS " + shape + " LIMIT 0");
            }
            s.execute("DELETE FROM " + stage);
        }
        append(stage, "temp", rows);
    }

    /** Forgets which staging tables exist (a rollback drops the ones created in its transaction). */
    void rolledBack() {
        created.clear();
    }

    private static void append(DuckDBAppender ap, Object v) throws SQLException {
        if (v == null) {
            ap.appendNull();
        } else if (v instanceof String s) {
            ap.append(s);
        } else if (v instanceof Integer i) {
            ap.append((int) i);
        } else if (v instanceof Long l) {
            ap.append((long) l);
        } else if (v instanceof Double d) {
            ap.append((double) d);
        } else if (v instanceof Byte b) {
            ap.append((byte) b);
        } else if (v instanceof Boolean b) {
            ap.append((boolean) b);
        } else if (v instanceof LocalDate d) {
            ap.append(d);
        } else if (v instanceof LocalDateTime t) {
            ap.append(t);
        } else if (v instanceof Collection<?> l) {
            ap.append(l);
        } else {
            throw new IllegalArgumentException("cannot append a " + v.getClass().getSimpleName());
        }
    }
}
