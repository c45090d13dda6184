package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.store.CodingBudget;
import org.entente.store.gdelt.GdeltCodebook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's other inputs and outputs in local mode (two task threads, loopback, no UI): tables of articles
 * (Parquet, CSV, TSV) give the event mentions of the same articles in JSON Lines; the GDELT files read back with
 * the codebook's types and equal {@code ./entente export} of an ingest of the same input; an article past its
 * time limit is named and the others are coded.
 */
class SparkInputsOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** Reports of this test's own: dated, with outlets and URLs; one with a comma, a quote and a line break. */
    private static List<ObjectNode> reports() {
        List<ObjectNode> out = new ArrayList<>();
        out.add(report("t1", "2024-03-02", "https://north.example/talks", "North Herald", "Talks in Beijing",
                "Russian officials met Chinese diplomats in Beijing on Saturday to discuss trade."));
        out.add(report("t2", "2024-03-03", "https://south.example/arrests", "South Courier", "Embassy protest",
                "Police arrested protesters outside the French embassy in Warsaw on Sunday.\n\n"
                        + "The protesters said, \"We will return\", before they were taken away."));
        out.add(report("t3", "2024-03-04", null, "East Gazette", null,
                "German ministers criticized Polish leaders over the border dispute on Monday."));
        out.add(report("t4", "2024-03-02", "https://west.example/beijing", "West Post", "Trade talks",
                "Chinese diplomats met Russian officials in Beijing on Saturday, the ministry said."));
        out.add(report("t5", "2024-03-05", "https://north.example/aid", "North Herald", "Aid pledged",
                "Japan pledged humanitarian aid to the Philippines after the storm on Tuesday."));
        return out;
    }

    private static ObjectNode report(String id, String date, String url, String outlet, String title, String text) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("date", date);
        if (url != null) {
            o.put("url", url);
        }
        o.put("outlet", outlet);
        if (title != null) {
            o.put("title", title);
        }
        return o.put("text", text);
    }

    private static Path jsonl(String name, List<ObjectNode> records) throws IOException {
        Path f = tmp.resolve(name);
        List<String> lines = new ArrayList<>();
        for (ObjectNode o : records) {
            lines.add(o.toString());
        }
        Files.write(f, lines);
        return f;
    }

    private record Run(SparkJob.Result result, String err, Path out) {
    }

    private static Run job(String name, InputFormat format, TableFormat tables, CodingBudget budget, boolean gdelt,
                           Path... inputs) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve(name);
        List<String> in = new ArrayList<>();
        for (Path p : inputs) {
            in.add(p.toString());
        }
        SparkJob.Result r = new SparkJob(spark, new PrintStream(err, true, StandardCharsets.UTF_8)).run(
                new SparkJob.Options(in, out.toString(), format, null, null, List.of(), List.of(), 0, tables,
                        budget, gdelt));
        return new Run(r, err.toString(StandardCharsets.UTF_8), out);
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cols.add(String.valueOf(r.getObject(i)));
                }
                out.add(String.join("|", cols));
            }
        }
        out.sort(null);
        return out;
    }

    private static void duck(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** What the job stored of each article and each event mention, comparable across inputs. */
    private static List<String> coded(Path out) throws SQLException {
        List<String> all = new ArrayList<>(rows("SELECT id, name, url, outlet, title, date, language, word_count"
                + " FROM read_parquet('" + out.resolve("articles") + "/*/*.parquet', hive_partitioning = true)"));
        all.addAll(rows("SELECT article, sentence, code, source, target, modality, span_start, span_end FROM"
                + " read_parquet('" + out.resolve("event_mentions") + "/*/*.parquet', hive_partitioning = true)"));
        return all;
    }

    @Test
    void parquetCsvAndTsvTablesGiveTheMentionsOfTheSameJsonLines() throws IOException, SQLException {
        Path lines = jsonl("reports.jsonl", reports());
        Run fromJsonl = job("from-jsonl", InputFormat.AUTO, null, null, false, lines);
        List<String> expected = coded(fromJsonl.out());
        assertTrue(expected.stream().anyMatch(r -> r.startsWith("t2|")), "the JSON Lines articles coded: " + expected);
        assertTrue(fromJsonl.result().summary().eventMentions() > 0);

        // the same records as tables: Parquet with a DATE column and the aliases source and language; CSV and TSV
        String src = "read_json('" + lines + "', columns = {'id': 'VARCHAR', 'date': 'DATE', 'url': 'VARCHAR',"
                + " 'outlet': 'VARCHAR', 'title': 'VARCHAR', 'text': 'VARCHAR'})";
        Path parquet = tmp.resolve("tables/reports.parquet");
        Path csv = tmp.resolve("tables/reports.csv");
        Path tsv = tmp.resolve("tables/reports.tsv");
        Files.createDirectories(parquet.getParent());
        duck("COPY (SELECT id AS ID, date, url, outlet AS source, title, text, NULL::VARCHAR AS language, 7 AS extra"
                + " FROM " + src + ") TO '" + parquet + "' (FORMAT parquet)");
        duck("COPY (SELECT * FROM " + src + ") TO '" + csv + "' (FORMAT csv, HEADER true)");
        duck("COPY (SELECT * FROM " + src + ") TO '" + tsv + "' (FORMAT csv, HEADER true, DELIMITER '\t')");

        for (Path table : List.of(parquet, csv, tsv)) {
            Run run = job("from-" + table.getFileName(), InputFormat.AUTO, null, null, false, table);
            assertEquals(0, run.result().exitCode(), run.err());
            assertEquals(expected, coded(run.out()), table.getFileName().toString());
        }
        // a table given by --input-format whatever its name
        Path named = Files.copy(csv, tmp.resolve("tables/reports.dump"));
        Run forced = job("forced-csv", InputFormat.AUTO, TableFormat.CSV, null, false, named);
        assertEquals(expected, coded(forced.out()));
    }

    @Test
    void aTableWithoutARequiredColumnIsNamedAndTheOthersAreRead() throws IOException, SQLException {
        Path dir = Files.createDirectories(tmp.resolve("missing-in"));
        Files.writeString(dir.resolve("no-text.csv"), "id,body\nm1,Russian officials met Chinese diplomats.\n");
        Files.writeString(dir.resolve("no-id.tsv"), "text\tdate\nPolice arrested protesters.\t2024-03-02\n");
        Files.writeString(dir.resolve("good.csv"), "id,date,text\ng1,2024-03-02,\"Russian officials met Chinese"
                + " diplomats in Beijing on Saturday.\"\ng2,2024-03-02,\n");
        Run run = job("missing", InputFormat.AUTO, null, null, false, dir);
        assertEquals(1, run.result().exitCode());
        assertEquals(1, run.result().summary().articles(), run.err());
        assertEquals(3, run.result().summary().failed(), run.err());
        String failures = failures(run.out());
        assertTrue(failures.contains("no-text.csv") && failures.contains("no column \\\"text\\\" or \\\"html\\\""),
                failures);
        assertTrue(failures.contains("no-id.tsv") && failures.contains("no column \\\"id\\\""), failures);
        assertTrue(failures.contains("good.csv id g2"), "a row without text is named by its id: " + failures);
        assertTrue(run.err().contains("no-text.csv: no column \"text\""), run.err());
    }

    private static String failures(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(out.resolve("failures"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    @Test
    void gdeltFilesReadBackStrictlyAndEqualTheExportOfAnIngest() throws IOException, SQLException {
        Path lines = jsonl("for-gdelt.jsonl", reports());
        Run run = job("gdelt", InputFormat.AUTO, null, null, true, lines);
        assertEquals(0, run.result().exitCode(), run.err());
        Path events = run.out().resolve("gdelt").resolve(GdeltOutput.EVENTS);
        Path mentions = run.out().resolve("gdelt").resolve(GdeltOutput.MENTIONS);
        assertTrue(run.result().json().contains("\"gdelt\""), run.result().json());

        Path db = tmp.resolve("gdelt-db");
        Path exportedEvents = tmp.resolve("exported.export.CSV");
        Path exportedMentions = tmp.resolve("exported.mentions.CSV");
        assertEquals(0, org.entente.app.Main.run("ingest", "--db", db.toString(), lines.toString()));
        assertEquals(0, org.entente.app.Main.run("export", "--format", "gdelt", "--db", db.toString(),
                exportedEvents.toString()));
        assertEquals(0, org.entente.app.Main.run("export", "--format", "mentions", "--db", db.toString(),
                exportedMentions.toString()));

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long n = GdeltCodebook.load(duck, "ev", events, GdeltCodebook.EVENT_COLUMNS);
            assertTrue(n > 0, "events written");
            assertEquals(n, run.result().summary().gdelt().events());
            assertEquals(run.result().summary().gdelt().mentions(),
                    GdeltCodebook.load(duck, "me", mentions, GdeltCodebook.MENTION_COLUMNS));
            GdeltCodebook.checkEvents(duck, "ev");
            GdeltCodebook.checkMentions(duck, "me", "ev");
            GdeltCodebook.load(duck, "ev2", exportedEvents, GdeltCodebook.EVENT_COLUMNS);
            GdeltCodebook.load(duck, "me2", exportedMentions, GdeltCodebook.MENTION_COLUMNS);
            // equal but for when the rows were added (DATEADDED; a mention's EventTimeDate and MentionTimeDate),
            // the event ids (each store numbers events in the order it resolved them), and, for an event reported
            // by several articles, which report is its first: the ingest takes the first in input order, the job's
            // output has no input order (articles are spread over partitions), so its import takes them in the
            // order it stores them. That first report gives SOURCEURL and the Actor1/Actor2 orientation.
            String single = " FROM %s WHERE NumArticles = 1";
            String sameEvent = "SELECT * EXCLUDE (GlobalEventID, DATEADDED)" + single;
            assertEquals(sorted(duck, sameEvent.formatted("ev2")), sorted(duck, sameEvent.formatted("ev")));
            String merged = "SELECT Day, least(Actor1Code, Actor2Code), greatest(Actor1Code, Actor2Code), EventCode,"
                    + " QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone, ActionGeo_FullName"
                    + " FROM %s WHERE NumArticles > 1";
            assertEquals(sorted(duck, merged.formatted("ev2")), sorted(duck, merged.formatted("ev")));
            String mention = "SELECT MentionType, MentionSourceName, MentionIdentifier, SentenceID,"
                    + " least(Actor1CharOffset, Actor2CharOffset), greatest(Actor1CharOffset, Actor2CharOffset),"
                    + " ActionCharOffset, InRawText, Confidence, MentionDocLen, MentionDocTone FROM %s";
            assertEquals(sorted(duck, mention.formatted("me2")), sorted(duck, mention.formatted("me")));
        }
    }

    private static List<String> sorted(Connection duck, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(r.getObject(i)).append('\t');
                }
                out.add(sb.toString());
            }
        }
        out.sort(null);
        assertFalse(out.isEmpty(), sql);
        return out;
    }

    @Test
    void anArticlePastItsTimeLimitIsNamedAndTheOthersAreCoded() throws IOException, SQLException {
        // hundreds of thousands of characters of sentences full of actors and acts: seconds of coding, against
        // milliseconds for an ordinary report
        StringBuilder slow = new StringBuilder();
        while (slow.length() < 400_000) {
            slow.append("Russian officials met Chinese diplomats in Beijing on Saturday, and police arrested"
                    + " protesters outside the French embassy while German ministers criticized Polish leaders. ");
        }
        List<ObjectNode> records = new ArrayList<>(reports());
        records.add(2, report("endless", "2024-03-06", null, "Long Wire", null, slow.toString()));
        Path lines = jsonl("with-slow.jsonl", records);
        // the executor's pipeline has coded before (models loaded, code compiled), as on any busy executor
        ExecutorPipeline.get(UserDictionaries.NONE).process(article(jsonl("warm.jsonl", reports().subList(0, 1))));

        CodingBudget twoSeconds = new CodingBudget(Duration.ofSeconds(2), Duration.ofMinutes(5));
        Run run = job("slow", InputFormat.AUTO, null, twoSeconds, false, lines);
        assertEquals(1, run.result().exitCode(), run.err());
        assertEquals(reports().size(), run.result().summary().articles(), run.err());
        assertEquals(1, run.result().summary().failed(), run.err());
        assertEquals(1, run.result().summary().timedOut(), run.err());
        String failures = failures(run.out());
        assertTrue(failures.contains("\"input\":\"endless\"") && failures.contains(ArticleCoding.TIME_LIMIT),
                failures);
        assertTrue(run.err().contains("endless: " + ArticleCoding.TIME_LIMIT), run.err());
        assertTrue(run.result().json().contains("\"timed_out\":1"), run.result().json());
        // the others are coded as without the slow one
        Run without = job("without-slow", InputFormat.AUTO, null, twoSeconds, false, jsonl("others.jsonl",
                reports()));
        assertEquals(coded(without.out()), coded(run.out()));
    }

    private static Article article(Path jsonl) {
        Article[] first = new Article[1];
        Sources.read(List.of(jsonl.toString()), InputFormat.AUTO, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                first[0] = a;
            }

            @Override
            public void failure(InputFailure f) {
                throw new AssertionError(f.toString());
            }
        });
        return first[0];
    }
}
