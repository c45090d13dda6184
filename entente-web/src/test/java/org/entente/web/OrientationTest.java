package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.events.model.Modality;
import org.entente.store.Exporter;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, "count honestly": evidence spans in the event's own orientation. Resolution merges both directions of
 * a meeting into one event; a report told the other way round must still show the event's source as the source —
 * on the event card (the API's event rows), and in the GDELT Mentions export's Actor1/Actor2 offsets.
 */
class OrientationTest {
    @TempDir
    Path dir;

    /** One talks sentence coded both ways (as the coder does for "A and B held talks"), and a report told B-first. */
    private Store build() {
        Store store = Store.open(dir.resolve("db"));
        StoreWriter w = StoreWriter.start(store, Resolution.standard(), "t", "orientation", "orientation", "test");
        Fixture.Builder a = new Fixture.Builder("geneva-talks", "2024-05-06", "Talks in Geneva",
                "Washington and Beijing held trade talks in Geneva on Monday.");
        a.actor(0, "Washington", "USAGOV").actor(0, "Beijing", "CHNGOV");
        a.event(0, "Washington", "held", "Beijing", "USAGOV", "CHNGOV", "043", 1, 2.8, Modality.ASSERTED);
        a.event(0, "Beijing", "held", "Washington", "CHNGOV", "USAGOV", "043", 1, 2.8, Modality.ASSERTED);
        w.write(a.coded());
        Fixture.Builder b = new Fixture.Builder("beijing-side", "2024-05-07", "Beijing on the Geneva talks",
                "Beijing held trade talks with Washington in Geneva, officials said.");
        b.actor(0, "Beijing", "CHNGOV").actor(0, "Washington", "USAGOV");
        b.event(0, "Beijing", "held", "Washington", "CHNGOV", "USAGOV", "043", 1, 2.8, Modality.ASSERTED);
        w.write(b.coded());
        return store;
    }

    private static String at(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    @Test
    void theEventCardHighlightsTheEventsSourceWhateverTheReportsDirection() {
        try (StoreData data = new StoreData(build(), true)) {
            WebData.Page<WebData.EventRow> page = data.events(new WebData.EventQuery(null, null, null, null,
                    null, null, Set.of(Modality.ASSERTED), null, null, null, false, 10, 0));
            assertEquals(1, page.items().size(), "three reports of one meeting make one event");
            WebData.EventRow e = page.items().get(0);
            assertEquals(3, e.mentions());
            String sourceSide = e.source().startsWith("USA") ? "Washington" : "Beijing";
            String targetSide = sourceSide.equals("Washington") ? "Beijing" : "Washington";
            String sentence = data.article(e.articleId()).orElseThrow().text();
            assertEquals(sourceSide, at(sentence, e.evidence().source()), "the card's source is " + e.source());
            assertEquals(targetSide, at(sentence, e.evidence().target()), "the card's target is " + e.target());

            WebData.EventDetail d = data.event(e.id()).orElseThrow();
            long reversed = d.mentions().stream().filter(WebData.Mention::reversed).count();
            assertEquals(2, reversed, "two of the three reports tell it the other way round");
            for (WebData.Mention m : d.mentions()) {
                // a report's own source, target and evidence stay its own; reversed says how it relates to the event
                assertEquals(m.reversed(), !m.source().substring(0, 3).equals(e.source().substring(0, 3)), m.toString());
            }
        }
    }

    @Test
    void gdeltMentionOffsetsPointAtTheEventsActors() throws Exception {
        try (Store store = build()) {
            Path mentions = dir.resolve("mentions.tsv");
            Path events = dir.resolve("events.tsv");
            new Exporter(store).export(Exporter.Format.GDELT, null, null, null, events);
            assertEquals(3, new Exporter(store).export(Exporter.Format.MENTIONS, null, null, null, mentions));
            String[] event = Files.readAllLines(events).get(0).split("\t", -1);
            String actor1 = event[5].startsWith("USA") ? "Washington" : "Beijing";
            String actor2 = actor1.equals("Washington") ? "Beijing" : "Washington";
            List<String> lines = Files.readAllLines(mentions);
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                String identifier = f[5];
                String text = store.article(identifier.substring(identifier.lastIndexOf('/') + 1)).orElseThrow()
                        .article().text();
                int a1 = Integer.parseInt(f[7]);
                int a2 = Integer.parseInt(f[8]);
                assertTrue(text.startsWith(actor1, a1), "Actor1CharOffset " + a1 + " points at " + actor1 + ": " + line);
                assertTrue(text.startsWith(actor2, a2), "Actor2CharOffset " + a2 + " points at " + actor2 + ": " + line);
            }
            assertFalse(lines.isEmpty());
        }
    }
}
