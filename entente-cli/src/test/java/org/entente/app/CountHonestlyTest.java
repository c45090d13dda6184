package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.events.model.Modality;
import org.entente.ingest.Sources;
import org.entente.store.Store;
import org.entente.web.StoreData;
import org.entente.web.WebData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, group 4 "count honestly", through the real command line, pipeline and store (sentences written for
 * this test): syndicated copies of one text are separate reports, counted as mentions, articles and outlets in the
 * events, the exports, the relations and the dashboard's API; one JSONL id given to different articles is named at
 * ingest and a lookup by it returns every match (CLI and API). Orientation: {@code web.OrientationTest}.
 */
class CountHonestlyTest {
    static final String WIRE = "Japan and India signed a maritime security agreement in Tokyo on Monday, "
            + "the Japanese foreign ministry said.";

    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one in-process run of the command line. */
    record Run(int code, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            System.out.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String line(String id, String outlet, String url, String text) {
        return "{\"id\":\"" + id + "\"" + (outlet == null ? "" : ",\"outlet\":\"" + outlet + "\"")
                + (url == null ? "" : ",\"url\":\"" + url + "\"") + ",\"date\":\"2024-02-05\",\"text\":\"" + text
                + "\"}\n";
    }

    private Path syndicated() throws Exception {
        return Files.writeString(tmp.resolve("wire.jsonl"),
                line("wire-1", "Harbour Times", "https://harbourtimes.example/world/1", WIRE)
                + line("wire-2", "Valley Post", "https://valleypost.example/a/77", WIRE)
                + line("wire-3", "Coast Daily", "https://coastdaily.example/n/5", WIRE)
                // the same outlet's copy at a second address: one report, not two
                + line("wire-1-print", "Harbour Times", "https://www.harbourtimes.example/print/1", WIRE));
    }

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void syndicatedCopiesAreReportsOfOneEventFromEachOutlet() throws Exception {
        Path db = tmp.resolve("db");
        Run ingest = run("ingest", "--db", db.toString(), "--json", syndicated().toString());
        assertEquals(0, ingest.code(), ingest.err());
        JsonNode summary = json(ingest.out());
        assertEquals(3, summary.get("stored").asLong(), "one report per outlet: " + ingest.out());
        assertEquals(1, summary.get("already_stored").asLong(), "the same outlet's second address adds nothing");
        Run again = run("ingest", "--db", db.toString(), "--json", syndicated().toString());
        assertEquals(0, json(again.out()).get("stored").asLong(), "re-ingesting changes nothing");

        // events and the GDELT export: every event of the text is reported by three articles from three outlets
        Path gdelt = tmp.resolve("events.tsv");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "gdelt", gdelt.toString()).code());
        List<String> rows = Files.readAllLines(gdelt);
        assertFalse(rows.isEmpty(), "the wire text is coded");
        long mentionsInEvents = 0;
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertEquals("3", f[32], "NumSources: " + row);
            assertEquals("3", f[33], "NumArticles: " + row);
            assertEquals(0, Integer.parseInt(f[31]) % 3, "NumMentions: each copy's mentions: " + row);
            mentionsInEvents += Integer.parseInt(f[31]);
        }
        Path mentions = tmp.resolve("mentions.tsv");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "mentions", mentions.toString()).code());
        Set<String> sources = new HashSet<>();
        for (String m : Files.readAllLines(mentions)) {
            sources.add(m.split("\t", -1)[4]);
        }
        assertEquals(Set.of("harbourtimes.example", "valleypost.example", "coastdaily.example"), sources);
        assertEquals(mentionsInEvents, Files.readAllLines(mentions).size(), "one Mentions row per report's mention");

        // relations count the happening once and its reports three times
        JsonNode pairs = json(run("relations", "--db", db.toString(), "--json").out());
        JsonNode top = pairs.get(0);
        assertEquals(rows.size(), pairs.findValues("events").stream().mapToLong(JsonNode::asLong).sum());
        assertEquals(0, top.get("mentions").asLong() % 3, top.toString());

        // the dashboard's API: the event rows, the statistics, and each article naming its copies
        try (StoreData data = new StoreData(Store.open(db), true)) {
            for (WebData.EventRow e : data.events(new WebData.EventQuery(null, null, null, null, null, null,
                    Set.of(Modality.ASSERTED), null, null, null, false, 50, 0)).items()) {
                assertEquals(3, e.articles(), e.toString());
                assertEquals(3, e.sources(), e.toString());
            }
            WebData.Stats stats = data.stats();
            assertEquals(3, stats.articles());
            assertEquals(3, stats.outlets());
            WebData.ArticleDetail first = data.article("wire-1").orElseThrow();
            assertEquals(2, first.copies().size(), "the other two outlets' copies");
            assertTrue(first.copies().stream().allMatch(c -> c.eventMentions() > 0), first.copies().toString());
        }
    }

    @Test
    void aStoreFromBeforeReportIdsKeepsItsArticlesOnceWhenTheSameInputComesAgain() throws Exception {
        Path db = tmp.resolve("old");
        Path one = Files.writeString(tmp.resolve("one.jsonl"),
                line("wire-1", "Harbour Times", "https://harbourtimes.example/world/1", WIRE));
        assertEquals(0, run("ingest", "--db", db.toString(), one.toString()).code());
        // rewrite the row as earlier versions stored it: the id is the text's hash, no text_id
        String textId = Sources.contentId(WIRE);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve(Store.FILE))) {
            for (String table : List.of("actor_mentions", "event_mentions")) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET article_id = ?")) {
                    ps.setString(1, textId);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET id = ?, text_id = NULL")) {
                ps.setString(1, textId);
                assertEquals(1, ps.executeUpdate());
            }
        }
        Run again = run("ingest", "--db", db.toString(), "--json", one.toString());
        assertEquals(0, json(again.out()).get("stored").asLong(), again.out());
        assertEquals(1, json(again.out()).get("store_articles").asLong(), again.out());
        // a copy from another outlet is a new report beside it
        Path other = Files.writeString(tmp.resolve("other.jsonl"),
                line("wire-2", "Valley Post", "https://valleypost.example/a/77", WIRE));
        assertEquals(1, json(run("ingest", "--db", db.toString(), "--json", other.toString()).out())
                .get("stored").asLong());
    }

    @Test
    void oneJsonlIdForDifferentArticlesIsNamedAndLookupsReturnEveryMatch() throws Exception {
        Path db = tmp.resolve("ids");
        Path first = Files.writeString(tmp.resolve("first.jsonl"), line("dup", null, null, WIRE)
                + line("dup", null, null, "Brazil and Argentina agreed to expand trade in Buenos Aires on Friday."));
        Run a = run("ingest", "--db", db.toString(), "--json", first.toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(2, json(a.out()).get("stored").asLong(), "both articles kept");
        assertTrue(a.err().contains("dup: warning: its id also names 1 other stored article"), a.err());
        Path second = Files.writeString(tmp.resolve("second.jsonl"),
                line("dup", null, null, "Kenya condemned the attack on its embassy in Mogadishu on Sunday."));
        Run b = run("ingest", "--db", db.toString(), "--json", second.toString());
        assertTrue(b.err().contains("dup: warning: its id also names 2 other stored articles"), b.err());

        Run lookup = run("article", "--db", db.toString(), "dup");
        assertEquals(0, lookup.code(), lookup.err());
        List<String> found = lookup.out().lines().toList();
        assertEquals(3, found.size(), lookup.out());
        Set<String> ids = new HashSet<>();
        for (String l : found) {
            JsonNode o = json(l);
            assertEquals("dup", o.get("name").asText());
            ids.add(o.get("id").asText());
        }
        assertEquals(3, ids.size(), "each match has its own id");
        assertTrue(lookup.err().contains("dup: 3 stored articles have this id"), lookup.err());
        String oneId = ids.iterator().next();
        Run byId = run("article", "--db", db.toString(), oneId);
        assertEquals(1, byId.out().lines().count(), "a unique id finds one");
        Run missing = run("article", "--db", db.toString(), "no-such-article", oneId);
        assertEquals(1, missing.code(), "an id that matches nothing is named, the rest printed");
        assertTrue(missing.err().contains("no-such-article: no stored article has this id"), missing.err());
        assertEquals(1, missing.out().lines().count());

        try (StoreData data = new StoreData(Store.open(db), true)) {
            WebData.ArticleDetail d = data.article("dup").orElseThrow();
            assertEquals(3, d.matches().size(), "the API lists every match");
            assertEquals(ids, new HashSet<>(d.matches().stream().map(m -> m.id()).toList()));
            assertEquals(d.id(), d.matches().get(0).id(), "the article shown is the first match");
            assertEquals(1, data.article(oneId).orElseThrow().matches().size());
        }
    }
}
