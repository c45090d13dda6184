package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.entente.ingest.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;
    Store store;
    StoreStats stats;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("db"));
        StoreWriter w = StoreWriter.start(store, Resolution.standard(), "t", "a", "c", "gen");
        SyntheticNews coder = new SyntheticNews();
        for (Article a : SyntheticNews.articles(7, 60)) {
            w.write(coder.apply(a));
        }
        stats = store.stats();
    }

    @Test
    void gdeltEventsHaveTheSixtyOneColumnsInOrder() throws Exception {
        Path out = dir.resolve("events.tsv");
        long rows = new Exporter(store).export(Exporter.Format.GDELT, null, null, null, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(stats.events(), rows);
        assertEquals(rows, lines.size());
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertEquals(61, f.length, line);
            assertTrue(f[1].matches("\\d{8}"), "Day is YYYYMMDD: " + f[1]);
            assertEquals(f[1].substring(0, 6), f[2]);
            assertEquals(f[26].substring(0, 2), f[28], "EventRootCode is the root of EventCode");
            assertTrue(f[29].matches("[1-4]"));
            assertTrue(f[59].matches("\\d{14}"), "DATEADDED: " + f[59]);
            assertTrue(f[60].startsWith("https://example.org/"));
            // the actor name comes from the evidence span of the first report
            assertTrue(List.of("RUSSIA", "CHINA", "FRANCE", "IRAN", "JAPAN", "BRAZIL").contains(f[6]), f[6]);
        }
        store.close();
    }

    @Test
    void gdeltActorsOfNoCountryAndNamedGroups() throws Exception {
        // sentences of our own, coded by the real pipeline: "---REB" is written as GDELT writes a bare role,
        // and an NGO's name goes to the known-group column
        Article a = new Article("g1", "g1.txt", null, null, null, java.time.LocalDate.of(2020, 3, 3), null, "en",
                "Insurgents shelled the Afghan army base overnight. Amnesty International accused Egypt of torture.",
                java.util.Map.of());
        try (Store s = Store.open(dir.resolve("groups"))) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "gen");
            w.write(org.entente.pipeline.Pipeline.standard(List.of(), List.of()).process(a));
            Path out = dir.resolve("groups.tsv");
            new Exporter(s).export(Exporter.Format.GDELT, null, null, null, out);
            List<String[]> rows = Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
            assertTrue(rows.stream().anyMatch(f -> f[5].equals("REB") && f[7].isEmpty() && f[12].equals("REB")),
                    "unnamed insurgents: Actor1Code and Type1Code REB, no country");
            assertTrue(rows.stream().anyMatch(f -> f[5].equals("NGOAMN") && f[8].equals("AMN")),
                    "Amnesty International: its code and known group");
        }
    }

    @Test
    void undatedEventsAreCountedNotWrittenToGdelt() throws Exception {
        // an article without a date whose text dates nothing: the event exists, but a GDELT row needs a date
        Article a = new Article("u1", "u1.txt", null, null, null, null, null, "en",
                "Norway sent food aid to Chad.", java.util.Map.of());
        try (Store s = Store.open(dir.resolve("undated"))) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "gen");
            w.write(org.entente.pipeline.Pipeline.standard(List.of(), List.of()).process(a));
            Exporter e = new Exporter(s);
            assertEquals(0, e.export(Exporter.Format.GDELT, null, null, null, dir.resolve("u.tsv")));
            assertEquals(1, e.undatedEvents(null, null));
            assertEquals(1, e.export(Exporter.Format.JSONL, null, null, null, dir.resolve("u.jsonl")));
        }
    }

    @Test
    void mentionsJsonlParquetAndCsv() throws Exception {
        Path m = dir.resolve("mentions.tsv");
        long rows = new Exporter(store).export(Exporter.Format.MENTIONS, null, null, null, m);
        assertEquals(stats.eventMentions(), rows);
        for (String line : Files.readAllLines(m)) {
            assertEquals(16, line.split("\t", -1).length);
        }
        Path j = dir.resolve("m.jsonl");
        new Exporter(store).export(Exporter.Format.JSONL, null, null, null, j);
        ObjectMapper om = new ObjectMapper();
        List<String> lines = Files.readAllLines(j);
        assertEquals(stats.eventMentions(), lines.size());
        JsonNode first = om.readTree(lines.get(0));
        for (String k : List.of("article", "date", "source", "target", "code", "root", "quad", "goldstein",
                "modality", "sentence", "text", "span", "evidence", "event_id")) {
            assertTrue(first.has(k), k);
        }
        assertEquals(2, first.get("evidence").get("verb").size());
        Path p = dir.resolve("events.parquet");
        new Exporter(store).export(Exporter.Format.PARQUET, "events", null, null, p);
        Path csv = dir.resolve("articles.csv");
        new Exporter(store).export(Exporter.Format.CSV, "articles", null, null, csv);
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + p
                     + "')), (SELECT count(*) FROM read_csv('" + csv + "'))")) {
            rs.next();
            assertEquals(stats.events(), rs.getLong(1));
            assertEquals(stats.articles(), rs.getLong(2));
        }
    }
}
