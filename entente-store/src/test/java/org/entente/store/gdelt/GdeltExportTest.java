package org.entente.store.gdelt;

import static org.entente.store.gdelt.GdeltCodebook.EVENT_COLUMNS;
import static org.entente.store.gdelt.GdeltCodebook.MENTION_COLUMNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.Exporter;
import org.entente.store.Ingester;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export checklist: the GDELT Event and Mentions files read back by DuckDB with the codebook's column types,
 * every field checked ({@link GdeltCodebook}), on sentences written for this test, on events with gazetteer
 * locations, and on 500 articles of the corpus development pool (lines 1-500 of 1-3000).
 */
class GdeltExportTest {
    @TempDir
    Path dir;

    private static final Pipeline PIPELINE = Pipeline.standard(List.of(), List.of());

    private static Article article(String id, String url, LocalDate date, String text) {
        return new Article(id, id + ".txt", url, null, null, date, null, "en", text, Map.of());
    }

    /** Exports both layouts with {@code o}, reads them back strictly and runs every field check. */
    private static long[] exportAndCheck(Store s, Path dir, GdeltExport.Options o, Connection duck) throws Exception {
        Path ev = dir.resolve("events-" + System.nanoTime() + ".tsv");
        Path me = dir.resolve("mentions-" + System.nanoTime() + ".tsv");
        Exporter x = new Exporter(s);
        long events = x.export(Exporter.Format.GDELT, null, null, null, ev, o);
        long mentions = x.export(Exporter.Format.MENTIONS, null, null, null, me, o);
        assertEquals(events, GdeltCodebook.load(duck, "ev", ev, EVENT_COLUMNS), "every event row parses strictly");
        assertEquals(mentions, GdeltCodebook.load(duck, "me", me, MENTION_COLUMNS), "every mention row parses");
        for (String line : Files.readAllLines(ev)) {
            assertEquals(61, line.split("\t", -1).length);
        }
        GdeltCodebook.checkEvents(duck, "ev");
        GdeltCodebook.checkMentions(duck, "me", "ev");
        return new long[] {events, mentions};
    }

    @Test
    void sentencesOfOurOwnPassTheChecklist() throws Exception {
        List<Article> articles = List.of(
                article("xi", "https://www.example-news.org/world/xi-putin", LocalDate.of(2023, 3, 21),
                        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday."
                                + " The European Union imposed new sanctions on Iran."),
                article("pl", null, LocalDate.of(2022, 11, 5),
                        "Poland was not planning to cut diplomatic ties with Hungary, the minister said."
                                + " Poland expelled three Russian diplomats on Friday."),
                article("un", "http://example.net/un", LocalDate.of(2021, 12, 31),
                        "The United Nations condemned the attack on the convoy. Amnesty International accused"
                                + " Egypt of torture."));
        try (Store s = Store.open(dir.resolve("own")); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "own");
            for (Article a : articles) {
                w.write(PIPELINE.process(a));
            }
            long[] asserted = exportAndCheck(s, dir, GdeltExport.Options.defaults(), duck);
            var ev = GdeltCodebook.rows(duck, "SELECT * FROM ev");
            // actor names are the dictionary's, not the evidence span's
            assertTrue(ev.stream().anyMatch(r -> "XI JINPING".equals(r.get("Actor1Name"))), ev.toString());
            // IGO codes parsed as GDELT rows parse them: IGOEUREEC -> EUR, EEC, IGO
            assertTrue(ev.stream().anyMatch(r -> "IGOEUREEC".equals(r.get("Actor1Code"))
                    && "EUR".equals(r.get("Actor1CountryCode")) && "EEC".equals(r.get("Actor1KnownGroupCode"))
                    && "IGO".equals(r.get("Actor1Type1Code")) && "EUROPEAN UNION".equals(r.get("Actor1Name"))),
                    ev.toString());
            // the negated "not planning to cut ties" is left out by default, written with --modality all
            long[] all = exportAndCheck(s, dir, new GdeltExport.Options(Set.of("asserted", "negated", "future",
                    "hypothetical", "uncertain"), 0), duck);
            assertTrue(all[0] > asserted[0], "negated events come back with --modality all");
            long[] left = new Exporter(s).leftOutByModality(null, null, GdeltExport.Options.defaults());
            assertEquals(all[0] - asserted[0], left[0], "the left-out count is what --modality all adds");
            var me = GdeltCodebook.rows(duck, "SELECT * FROM me");
            assertTrue(me.stream().anyMatch(r -> Integer.valueOf(2).equals(r.get("MentionType"))
                    && "pl.txt".equals(r.get("MentionIdentifier"))), "no URL: a citation (type 2)");
            assertTrue(me.stream().anyMatch(r -> "example-news.org".equals(r.get("MentionSourceName"))));
        }
    }

    @Test
    void idBaseShiftsIdsAndRefusesToPassTwoToTheThirtyOne() throws Exception {
        try (Store s = Store.open(dir.resolve("ids")); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "ids").write(PIPELINE.process(article("n",
                    null, LocalDate.of(2020, 2, 2), "Norway sent food aid to Chad. Sweden praised Norway.")));
            exportAndCheck(s, dir, new GdeltExport.Options(null, 2_000_000_000L), duck);
            var ids = GdeltCodebook.rows(duck, "SELECT min(GlobalEventID) AS lo FROM ev UNION ALL"
                    + " SELECT min(GlobalEventID) FROM me");
            ids.forEach(r -> assertTrue(((Number) r.get("lo")).longValue() > 2_000_000_000L, r.toString()));
            Path out = dir.resolve("too-big.tsv");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exporter(s)
                    .export(Exporter.Format.GDELT, null, null, null, out, new GdeltExport.Options(null, (1L << 31) - 1)));
            assertTrue(e.getMessage().contains("2^31"), e.getMessage());
        }
    }

    @Test
    void gazetteerLocationsAreStoredAndExportedWithTheirGeoType() throws Exception {
        // events whose Location we construct as the gazetteer fills it: a US city, a US state, a world city,
        // a world division (a division's feature id is its ADM1 code), a bare country
        String[] sentences = {"A met B in Austin.", "A met B in Texas.", "A met B in Lyon.", "A met B in Bavaria.",
            "A met B in Russia."};
        String text = String.join(" ", sentences);
        Article a = article("geo", "https://example.org/geo", LocalDate.of(2024, 1, 10), text);
        Location[] places = {
            new Location("USA", "Austin", "Texas", "USTX", 30.2672, -97.7431, "4671654"),
            new Location("USA", "Texas", "Texas", "USTX", 31.0, -100.0, "USTX"),
            new Location("FRA", "Lyon", "Auvergne-Rhone-Alpes", "FRB9", 45.7485, 4.8467, "2996944"),
            new Location("DEU", "Bavaria", "Bavaria", "GM02", 48.9468, 11.4039, "GM02"),
            new Location("RUS", null),
        };
        List<EventMention> events = new ArrayList<>();
        String[] actors = {"DEU", "ITA", "FRA", "ESP", "POL"};
        for (int i = 0, st = 0; i < places.length; st += sentences[i].length() + 1, i++) {
            int end = st + sentences[i].length();
            events.add(new EventMention(a.name(), a.id(), a.date(), actors[i], "GBR", actors[i], "GBR", "036", "03", 1,
                    4.0, "CONSULT", Modality.ASSERTED, i, sentences[i], new Span(st, end),
                    new Span(st, st + 1), new Span(st + 2, st + 5), new Span(st + 6, st + 7), places[i], false, null,
                    "test"));
        }
        try (Store s = Store.open(dir.resolve("geo")); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "geo")
                    .write(new CodedArticle(Document.builder(a).build(), List.of(), events));
            var stored = s.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT location_division, location_adm1,"
                        + " location_lat, location_lon, location_feature_id FROM event_mentions ORDER BY idx")) {
                    rs.next();
                    return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getDouble(4)
                            + "|" + rs.getString(5);
                }
            });
            assertEquals("Texas|USTX|30.2672|-97.7431|4671654", stored);
            exportAndCheck(s, dir, GdeltExport.Options.defaults(), duck);
            var geo = GdeltCodebook.rows(duck, "SELECT Actor1Code AS a, ActionGeo_Type AS t, ActionGeo_FullName AS n,"
                    + " ActionGeo_CountryCode AS c, ActionGeo_ADM1Code AS adm1, ActionGeo_Lat AS lat,"
                    + " ActionGeo_Long AS lon, ActionGeo_FeatureID AS f FROM ev ORDER BY GlobalEventID");
            assertEquals(List.of(3, 2, 4, 5, 1), geo.stream().map(r -> r.get("t")).toList(), geo.toString());
            assertEquals("Austin, Texas, United States", geo.get(0).get("n"));
            assertEquals("US", geo.get(0).get("c"));
            assertEquals("USTX", geo.get(0).get("adm1"));
            assertEquals(30.2672, (Double) geo.get(0).get("lat"), 1e-9);
            assertEquals(-97.7431, (Double) geo.get(0).get("lon"), 1e-9);
            assertEquals("4671654", geo.get(0).get("f"));
            assertEquals("Texas, United States", geo.get(1).get("n"));
            assertEquals("FR", geo.get(2).get("c"), "FIPS, not ISO");
            assertEquals("GM", geo.get(3).get("c"), "Germany is GM in FIPS 10-4");
            assertEquals("Russia", geo.get(4).get("n"));
            assertEquals("RS", geo.get(4).get("c"));
            assertEquals("RS", geo.get(4).get("f"), "a country's feature id is its FIPS code, as in GDELT");
            assertEquals(60.0, (Double) geo.get(4).get("lat"), 1e-9, "a country-level place: its centre, as GDELT");
            assertEquals(100.0, (Double) geo.get(4).get("lon"), 1e-9);
            // the actors' places: the event's own where it lies in the actor's country, else the actor's country
            var actorGeo = GdeltCodebook.rows(duck, "SELECT Actor1Geo_Type AS t1, Actor1Geo_CountryCode AS c1,"
                    + " Actor2Geo_Type AS t2, Actor2Geo_CountryCode AS c2 FROM ev ORDER BY GlobalEventID");
            assertEquals(List.of(1, 1, 4, 1, 1), actorGeo.stream().map(r -> r.get("t1")).toList(), actorGeo.toString());
            assertEquals("GM", actorGeo.get(0).get("c1"), "a German actor in Austin is placed in Germany");
            assertEquals("FR", actorGeo.get(2).get("c1"), "a French actor in Lyon is placed in Lyon");
            assertEquals("UK", actorGeo.get(0).get("c2"), "GBR is UK in FIPS 10-4");
        }
    }

    @Test
    void fiveHundredCorpusArticlesPassTheChecklist() throws Exception {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "shared corpus not present");
        Path slice = dir.resolve("a500.jsonl");
        List<String> lines = new ArrayList<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            // the first 500 dated articles of the development pool (lines 1-3000): a GDELT row needs a date
            String line;
            for (int n = 0; lines.size() < 500 && n < 3000 && (line = r.readLine()) != null; n++) {
                if (!json.readTree(line).path("date").isNull()) {
                    lines.add(line);
                }
            }
        }
        Files.write(slice, lines);
        try (Store s = Store.open(dir.resolve("a500")); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "a500");
            Ingester.Result r = new Ingester(s, w, PIPELINE::process, 2, System.err)
                    .run(sink -> Sources.read(List.of(slice.toString()), InputFormat.AUTO, null, sink));
            assertEquals(500, r.written());
            long[] n = exportAndCheck(s, dir, GdeltExport.Options.defaults(), duck);
            assertTrue(n[0] > 100 && n[1] >= n[0], "a real slice gives events: " + n[0]);
            var names = GdeltCodebook.rows(duck, "SELECT count(*) AS n FROM ev WHERE Actor1Code IS NOT NULL AND"
                    + " Actor1Name NOT IN (SELECT upper(x) FROM (VALUES ('')) t(x)) AND Actor1Name LIKE 'THE %'");
            assertEquals(0L, ((Number) names.get(0).get("n")).longValue(), "no evidence span ('THE TWO LEADERS') as a name");
            exportAndCheck(s, dir, new GdeltExport.Options(Set.of("asserted", "negated", "future", "hypothetical",
                    "uncertain"), 0), duck);
        }
    }
}
