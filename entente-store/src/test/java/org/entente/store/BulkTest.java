package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Appender path joins the writer's transaction when used as {@link Bulk} requires, on a real DuckDB file. */
class BulkTest {
    @TempDir
    Path tmp;

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Object[]> rows(int n) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Object[] {i, "row " + i, i % 2 == 0 ? null : LocalDate.of(2020, 1, 1 + i), List.of("a", "b" + i)});
        }
        return out;
    }

    @Test
    void appendedRowsCommitAndRollBackWithTheTransaction() throws Exception {
        String url = "jdbc:duckdb:" + tmp.resolve("b.duckdb");
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(i INTEGER, s VARCHAR, d DATE, l VARCHAR[])");
            }
            c.setAutoCommit(false);
            Bulk bulk = new Bulk(c);

            count(c, "t"); // a statement first: the transaction is running
            bulk.insert("t", rows(5));
            assertEquals(5, count(c, "t"), "visible inside the transaction");
            c.rollback();
            assertEquals(0, count(c, "t"), "gone with the rollback");

            count(c, "t");
            bulk.insert("t", rows(3));
            bulk.stage("t_changed", "SELECT i, s FROM t", List.<Object[]>of(new Object[] {1, "changed"}));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE t SET s = u.s FROM stage_t_changed u WHERE t.i = u.i");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT string_agg(s || ':' || coalesce(d::VARCHAR, '-') || ':'"
                         + " || array_to_string(l, '/'), ',' ORDER BY i) FROM t")) {
                rs.next();
                assertEquals("row 0:-:a/b0,changed:2020-01-02:a/b1,row 2:-:a/b2", rs.getString(1));
            }
        }
        // and after reopening the file (the commit is durable, the staging table was private)
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(3, count(c, "t"));
        }
    }
}
