package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in local mode (two task threads, loopback, no UI) against {@code ./entente code}'s own classes on
 * the same input: the same event mentions, Parquet that DuckDB reads in the store's schema, bad inputs named and
 * skipped.
 */
class SparkJobTest {
    private static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkLauncher.session("local[2]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** (article, sentence, code, source, target, modality) of one event mention. */
    private static String key(Object article, Object sentence, Object code, Object source, Object target,
                              Object modality) {
        return article + "|" + sentence + "|" + code + "|" + source + "|" + target + "|" + modality;
    }

    /** The multiset of mentions {@code ./entente code} prints for these inputs, coded in-process by its classes. */
    private static Map<String, Long> codeCommand(List<String> inputs) {
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        List<String> keys = new ArrayList<>();
        Sources.read(inputs, InputFormat.AUTO, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                for (EventMention e : pipeline.process(a).events()) {
                    keys.add(key(e.article(), e.sentence(), e.code(), e.source(), e.target(), e.modality().label()));
                }
            }

            @Override
            public void failure(InputFailure f) {
            }
        });
        return count(keys);
    }

    private static Map<String, Long> count(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private record Run(SparkJob.Result result, String err, Path out) {
    }

    private static Run job(String name, String... inputs) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve(name);
        SparkJob.Result r = new SparkJob(spark, new PrintStream(err, true, StandardCharsets.UTF_8)).run(
                new SparkJob.Options(List.of(inputs), out.toString(), InputFormat.AUTO, null, null, List.of(),
                        List.of(), 0));
        return new Run(r, err.toString(StandardCharsets.UTF_8), out);
    }

    private static Map<String, Long> parquetMentions(Path out) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT article, sentence, code, source, target, modality FROM read_parquet('"
                     + out.resolve("event_mentions") + "/*/*.parquet', hive_partitioning = true)")) {
            while (r.next()) {
                keys.add(key(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)));
            }
        }
        return count(keys);
    }

    private static long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void samplesGiveTheCodeCommandsMentions() throws SQLException {
        Path samples = Path.of("samples").toAbsolutePath();
        int builtBefore = ExecutorPipeline.builds();
        Run run = job("samples", samples.toString());
        Map<String, Long> expected = codeCommand(List.of(samples.toString()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, parquetMentions(run.out()));
        assertEquals(0, run.result().exitCode(), run.err());
        long mentions = expected.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(mentions, run.result().summary().eventMentions());
        assertEquals(run.result().summary().articles(), scalar("SELECT count(*) FROM read_parquet('"
                + run.out().resolve("articles") + "/*/*.parquet', hive_partitioning = true)"));
        assertTrue(ExecutorPipeline.builds() - builtBefore <= 1, "one pipeline for the JVM, not one per partition");
        hasTheStoreExportSchema(run.out());
    }

    @Test
    void fiveHundredCorpusArticlesGiveTheCodeCommandsMentions() throws IOException, SQLException {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "no " + corpus);
        Path first500 = tmp.resolve("first500.jsonl");
        try (var lines = Files.lines(corpus)) {
            Files.write(first500, lines.limit(500).toList()); // read at test time, never kept
        }
        Run run = job("corpus", first500.toString());
        assertEquals(codeCommand(List.of(first500.toString())), parquetMentions(run.out()));
        assertEquals(500, run.result().summary().articles() + run.result().summary().failed());
    }

    /** The store's columns (name and type, sorted), as `export --format parquet` writes its tables. */
    private static void hasTheStoreExportSchema(Path out) {
        try (Store store = Store.open(tmp.resolve("store"))) {
            for (String table : List.of("articles", "event_mentions")) {
                String stored = store.read(c -> columns(c, "SELECT column_name || ' ' || data_type"
                        + " FROM information_schema.columns WHERE table_name = '" + table + "'"));
                // the date column comes back from the partition folders (date=YYYY-MM-DD)
                String parquet = store.read(c -> columns(c, "SELECT column_name || ' ' || column_type FROM (DESCRIBE"
                        + " SELECT * FROM read_parquet('" + out.resolve(table) + "/*/*.parquet',"
                        + " hive_partitioning = true))"));
                assertFalse(stored.isEmpty());
                assertEquals(stored, parquet, table);
            }
        }
    }

    private static String columns(Connection c, String sql) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                cols.add(r.getString(1));
            }
        }
        cols.sort(null);
        return String.join("\n", cols);
    }

    @Test
    void ingestTakesTheOutputOnceAndResolvesItsEvents() throws SQLException {
        Path samples = Path.of("samples").toAbsolutePath();
        Run run = job("to-ingest", samples.toString());
        Path db = tmp.resolve("imported");
        assertEquals(0, org.entente.app.Main.run("ingest", "--db", db.toString(), run.out().toString()));
        String counts = "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM event_mentions) || ' '"
                + " || (SELECT count(*) FROM actor_mentions) || ' ' || (SELECT count(*) FROM events) || ' '"
                + " || (SELECT count(*) FROM event_mentions WHERE event_id IS NULL)";
        String first;
        try (Store store = Store.open(db)) {
            first = store.read(c -> one(c, counts));
        }
        String[] n = first.split(" ");
        assertEquals(run.result().summary().articles(), Long.parseLong(n[0]), first);
        assertEquals(run.result().summary().eventMentions(), Long.parseLong(n[1]), first);
        assertTrue(Long.parseLong(n[2]) > 0 && Long.parseLong(n[3]) > 0, "actors and events stored: " + first);
        assertEquals("0", n[4], "every mention resolved to an event");
        // again: nothing added, nothing changed
        assertEquals(0, org.entente.app.Main.run("ingest", "--db", db.toString(), run.out().toString()));
        try (Store store = Store.open(db)) {
            assertEquals(first, store.read(c -> one(c, counts)));
            assertEquals(parquetMentions(run.out()), count(store.read(c -> lines(c, "SELECT concat_ws('|', coalesce(m.article,"
                    + " 'null'), coalesce(m.sentence::VARCHAR, 'null'), coalesce(m.code, 'null'), coalesce(m.source,"
                    + " 'null'), coalesce(m.target, 'null'), coalesce(m.modality, 'null')) FROM event_mentions m"))));
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        return lines(c, sql).get(0);
    }

    private static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void badInputsAreNamedAndSkipped() throws IOException, SQLException {
        Path in = Files.createDirectories(tmp.resolve("bad-in"));
        Files.writeString(in.resolve("reports.jsonl"), String.join("\n",
                "{\"id\": \"r1\", \"date\": \"2024-03-02\", \"text\": \"Russian officials met Chinese diplomats in"
                        + " Beijing on Saturday to discuss trade.\"}",
                "{\"id\": \"r2\", \"text\": unquoted",
                "{\"id\": \"r3\", \"date\": \"2024-03-03\", \"text\": \"Police arrested protesters outside the"
                        + " French embassy in Warsaw on Sunday.\"}") + "\n");
        byte[] warc = warc(4);
        // cut inside the compressed body of the last record: the three before it are kept
        Files.write(in.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length - 100));
        Files.write(in.resolve("garbage.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7});
        // the Common Crawl layout: a paths file listing the inputs, relative to its own folder
        Path list = tmp.resolve("bad.paths");
        Files.writeString(list, "bad-in/reports.jsonl\nbad-in/cut.warc.gz\nbad-in/garbage.warc.gz\n");
        Run run = job("bad", list.toString(), tmp.resolve("missing.jsonl").toString());

        assertEquals(1, run.result().exitCode());
        JobSummaryCheck.hasContractFields(run.result().json());
        assertEquals(2 + 3, run.result().summary().articles(), run.err());
        assertEquals(4, run.result().summary().failed(), run.err());
        String failures;
        try (var files = Files.list(run.out().resolve("failures"))) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                sb.append(Files.readString(p));
            }
            failures = sb.toString();
        }
        for (String named : List.of("reports.jsonl line 2", "cut.warc.gz", "garbage.warc.gz", "missing.jsonl")) {
            assertTrue(failures.contains(named), named + " in " + failures);
            assertTrue(run.err().contains(named), named + " on stderr: " + run.err());
        }
        assertEquals(5, scalar("SELECT count(*) FROM read_parquet('" + run.out().resolve("articles")
                + "/*/*.parquet', hive_partitioning = true)"));
        assertEquals(1, scalar("SELECT count(*) FROM read_parquet('" + run.out().resolve("articles")
                + "/*/*.parquet', hive_partitioning = true) WHERE name = 'r3' AND date = DATE '2024-03-03'"));
    }

    @Test
    void aSecondRunIntoTheSameOutputIsRefused() {
        Path samples = Path.of("samples", "2023-11-05-warsaw-embassy-protest.txt").toAbsolutePath();
        job("twice", samples.toString());
        try {
            job("twice", samples.toString());
            throw new AssertionError("a second run into one OUT was accepted");
        } catch (SparkJob.UsageException e) {
            assertTrue(e.getMessage().contains("already holds"), e.getMessage());
        }
    }

    @Test
    void userDictionariesAreShippedHashedAndUsed() throws IOException, SQLException {
        Path in = Files.createDirectories(tmp.resolve("dict-in"));
        Files.writeString(in.resolve("people.jsonl"), "{\"id\": \"p1\", \"date\": \"2024-03-02\", \"text\":"
                + " \"Quorvin Maltesk met Russian officials in Paris on Saturday.\"}\n");
        Path people = tmp.resolve("test-people.tsv");
        Files.writeString(people, "name\taliases\tcountry\trole\tstart\tend\ttitle\n"
                + "Quorvin Maltesk\tMaltesk\tFRA\tGOV\t2020-01-01\t\tMinister of Tests\n");
        Path out = tmp.resolve("dict-out");
        SparkJob.Result r = new SparkJob(spark, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(new SparkJob.Options(List.of(in.toString()), out.toString(),
                InputFormat.AUTO, null, null, List.of(people.toString()), List.of(), 0));
        String sha;
        try (var stream = Files.newInputStream(people)) {
            sha = UserDictionaries.sha256(stream);
        }
        assertTrue(r.json().contains(sha), r.json());
        assertEquals(1, scalar("SELECT count(*) FROM read_parquet('" + out.resolve("actor_mentions")
                + "/*.parquet') WHERE text = 'Quorvin Maltesk' AND code = 'FRAGOV'"));
    }

    /** A gzipped WARC of {@code n} article pages, written with sentences of this test's own. */
    private static byte[] warc(int n) throws IOException {
        Path f = tmp.resolve("whole-" + n + ".warc.gz");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(f,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 0; i < n; i++) {
                String html = "<html><head><title>Port visit " + i + "</title><meta property="
                        + "\"article:published_time\" content=\"2024-04-0" + (i + 1) + "T09:00:00Z\"></head><body>"
                        + "<article><h1>Port visit " + i + "</h1><p>Japanese navy ships visited the port of Manila"
                        + " on Monday, and Philippine officials welcomed the crews, report " + i + " said.</p>"
                        + "<p>The visit follows talks between the two defence ministers earlier this year.</p>"
                        + "</article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
                        .build();
                w.write(new WarcResponse.Builder(URI.create("https://harbour.example/news/visit-" + i))
                        .date(Instant.parse("2024-04-10T00:00:00Z")).body(http).build());
            }
        }
        return Files.readAllBytes(f);
    }
}
