package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer resolves events from memory ({@link EventIndex}); what it stores must not depend on that memory:
 * batch sizes, a small memory bound, another writer committing in between and a failed article in a batch all
 * end with the rows of one plain run.
 */
class WriterMemoryTest {
    static final int COUNT = 240;

    @TempDir
    Path tmp;

    private final SyntheticNews coder = new SyntheticNews();
    private final List<CodedArticle> coded = SyntheticNews.articles(7, COUNT).stream().map(coder).toList();

    private static StoreWriter writer(Store s, int maxEvents) {
        return StoreWriter.start(s, Resolution.standard(), "test", "a", "c", "generated", maxEvents);
    }

    private static void write(StoreWriter w, List<CodedArticle> articles, int batch) {
        for (int i = 0; i < articles.size(); i += batch) {
            for (StoreWriter.Written out : w.writeAll(articles.subList(i, Math.min(articles.size(), i + batch)))) {
                assertEquals(StoreWriter.Outcome.WRITTEN, out.outcome(), out.error());
            }
        }
    }

    private List<String> plainRun() {
        Path dir = tmp.resolve("plain");
        try (Store s = Store.open(dir)) {
            write(writer(s, EventIndex.MAX_EVENTS), coded, 64);
        }
        return KillAndReadTest.fingerprint(dir);
    }

    @Test
    void batchSizeAndMemoryBoundChangeNothing() {
        List<String> expected = plainRun();
        assertTrue(expected.get(0).endsWith("= " + COUNT), expected.get(0));
        Path dir = tmp.resolve("small");
        try (Store s = Store.open(dir)) {
            write(writer(s, 3), coded, 5); // memory dropped after nearly every batch, dates read back from the table
        }
        assertEquals(expected, KillAndReadTest.fingerprint(dir));
    }

    @Test
    void anotherWriterInBetweenIsSeen() {
        List<String> expected = plainRun();
        Path dir = tmp.resolve("two");
        try (Store s = Store.open(dir)) {
            StoreWriter first = writer(s, EventIndex.MAX_EVENTS);
            StoreWriter second = writer(s, EventIndex.MAX_EVENTS);
            write(first, coded.subList(0, 80), 16);
            write(second, coded.subList(80, 160), 16); // events first holds in memory change under it
            write(first, coded.subList(160, COUNT), 16);
        }
        List<String> got = KillAndReadTest.fingerprint(dir);
        assertEquals(expected, got);
    }

    @Test
    void aFailedArticleLeavesOnlyItselfOut() {
        List<String> expected = plainRun();
        Path dir = tmp.resolve("failed");
        try (Store s = Store.open(dir)) {
            StoreWriter w = writer(s, EventIndex.MAX_EVENTS);
            write(w, coded.subList(0, 100), 64);
            // an article without an id breaks the articles key when its rows are flushed, after the batch's
            // other articles were appended and resolved
            CodedArticle good = coded.get(100);
            Article a = good.analyzed().article();
            Article noId = new Article(null, "broken", null, "X", null, a.date(), null, "en", a.text(), null);
            CodedArticle bad = new CodedArticle(Document.builder(noId).build(), good.actors(),
                    good.events());
            List<CodedArticle> batch = new ArrayList<>(coded.subList(100, 110));
            batch.add(3, bad);
            List<StoreWriter.Written> out = w.writeAll(batch);
            assertEquals(StoreWriter.Outcome.FAILED, out.get(3).outcome());
            assertEquals(10, out.stream().filter(o -> o.outcome() == StoreWriter.Outcome.WRITTEN).count());
            write(w, coded.subList(110, COUNT), 64);
        }
        assertEquals(expected, KillAndReadTest.fingerprint(dir));
    }
}
