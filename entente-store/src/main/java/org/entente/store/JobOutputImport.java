package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Adds the output of the Spark job ({@code ./entente spark}: Parquet of the store's articles, actor_mentions and
 * event_mentions tables, in the store's columns) to the store, then resolves events as the ingest does, so the
 * store, relations and dashboard work on cluster output. Idempotent: an article already stored (same id) is left
 * as it is, with its rows; an article the output holds twice is taken once. The rows go in one transaction, and
 * resolution is the whole store's re-resolution ({@link Reresolver}, one more transaction): were it interrupted,
 * importing the same output again adds nothing and resolves again.
 */
public final class JobOutputImport {
    /** What an import added. */
    public record Result(long articles, long alreadyStored, long eventMentions, Reresolver.Result resolved) {
    }

    private JobOutputImport() {
    }

    /** Whether {@code dir} is a Spark job's output folder (its tables and the summary the job writes last). */
    public static boolean isJobOutput(Path dir) {
        return Files.isDirectory(dir.resolve("articles")) && Files.isDirectory(dir.resolve("event_mentions"))
                && Files.isRegularFile(dir.resolve("summary.json"));
    }

    public static Result run(Store store, Path dir, String entente) {
        long[] counts = store.write(conn -> {
            conn.setAutoCommit(false);
            try {
                long[] r = insert(conn, dir.toAbsolutePath(), entente);
                conn.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        });
        Reresolver.Result resolved = Reresolver.run(store, Resolution.standard());
        return new Result(counts[0], counts[1], counts[2], resolved);
    }

    private static long[] insert(Connection c, Path dir, String entente) throws SQLException {
        int run = newRun(c, dir, entente);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE job_articles AS SELECT * FROM "
                    + parquet(dir.resolve("articles"), true) + " QUALIFY row_number() OVER (PARTITION BY id"
                    + " ORDER BY name) = 1");
            long offered = count(s, "SELECT count(*) FROM job_articles");
            s.execute("DELETE FROM job_articles WHERE id IN (SELECT id FROM articles)");
            long fresh = count(s, "SELECT count(*) FROM job_articles");
            s.execute("INSERT INTO articles BY NAME SELECT * REPLACE (" + run + " AS run_id) FROM job_articles");
            long mentions = 0;
            if (hasParquet(dir.resolve("event_mentions"))) {
                mentions = s.executeUpdate("INSERT INTO event_mentions BY NAME SELECT * FROM "
                        + parquet(dir.resolve("event_mentions"), true) + " WHERE article_id IN (SELECT id FROM"
                        + " job_articles) QUALIFY row_number() OVER (PARTITION BY article_id, idx) = 1");
            }
            if (hasParquet(dir.resolve("actor_mentions"))) {
                s.executeUpdate("INSERT INTO actor_mentions BY NAME SELECT * FROM "
                        + parquet(dir.resolve("actor_mentions"), false) + " WHERE article_id IN (SELECT id FROM"
                        + " job_articles) QUALIFY row_number() OVER (PARTITION BY article_id, idx) = 1");
            }
            s.execute("DROP TABLE job_articles");
            return new long[] {fresh, offered - fresh, mentions};
        }
    }

    private static String parquet(Path table, boolean partitioned) {
        String glob = table.resolve(partitioned ? "*/*.parquet" : "*.parquet").toString().replace("'", "''");
        return "read_parquet('" + glob + "'" + (partitioned ? ", hive_partitioning = true" : "") + ")";
    }

    private static boolean hasParquet(Path table) {
        try (Stream<Path> files = Files.walk(table)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + table, e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int newRun(Connection c, Path dir, String entente) throws SQLException {
        return StoreWriter.newRun(c, entente, "coded by the Spark job", "coded by the Spark job", dir.toString());
    }
}
