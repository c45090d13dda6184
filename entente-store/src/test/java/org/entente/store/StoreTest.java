package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.events.model.Modality;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.relations.PairQuery;
import org.entente.relations.PairSummary;
import org.entente.relations.Period;
import org.entente.relations.PeriodPoint;
import org.entente.relations.Relations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static StoreWriter writer(Store s) {
        return StoreWriter.start(s, Resolution.standard(), "test", "test-actors", "test-coder", "generated");
    }

    @Test
    void writesArticlesOnceAndReadsThemBack() {
        SyntheticNews coder = new SyntheticNews();
        List<Article> articles = SyntheticNews.articles(1, 40);
        try (Store s = Store.open(dir)) {
            StoreWriter w = writer(s);
            for (Article a : articles) {
                assertEquals(StoreWriter.Outcome.WRITTEN, w.write(coder.apply(a)));
            }
            StoreStats first = s.stats();
            for (Article a : articles) {
                assertEquals(StoreWriter.Outcome.ALREADY_STORED, w.write(coder.apply(a)));
            }
            StoreStats again = s.stats();
            assertEquals(40, first.articles());
            assertEquals(first.articles(), again.articles());
            assertEquals(first.eventMentions(), again.eventMentions());
            assertEquals(first.events(), again.events());
            assertEquals(first.actorMentions(), again.actorMentions());
            assertTrue(first.eventMentions() > 40, "synthetic articles carry events");
            assertEquals(1, first.runs().size());
            assertEquals("test-actors", first.runs().get(0).actors());

            // the article view gives spans that point into the stored clean text
            ArticleView v = s.article(articles.get(3).id()).orElseThrow();
            assertEquals(articles.get(3).text(), v.article().text());
            assertFalse(v.events().isEmpty(), "the article has coded events to check");
            assertFalse(v.actors().isEmpty(), "the article has actor mentions to check");
            for (var m : v.events()) {
                String t = v.article().text();
                assertEquals(m.mention().text(), t.substring(m.mention().span().start(), m.mention().span().end()));
                assertTrue(m.eventId() > 0);
            }
            for (var am : v.actors()) {
                assertEquals(am.text(), v.article().text().substring(am.start(), am.end()));
            }
            assertTrue(s.article("syn-3").isPresent(), "articles are found by name too");
            assertFalse(s.article("nope").isPresent());
        }
    }

    @Test
    void groupsReportsOfOneEventAndCountsSources() {
        try (Store s = Store.open(dir)) {
            StoreWriter w = writer(s);
            SyntheticNews coder = new SyntheticNews();
            // three outlets report the same treaty over three days; a fourth report a month later is another event
            String[] outlets = {"Wire A", "Daily B", "Daily B", "Gazette C"};
            LocalDate[] dates = {LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 2),
                LocalDate.of(2021, 4, 5)};
            for (int i = 0; i < 4; i++) {
                String text = "Russia signed a treaty with China. Edition " + i + ".";
                Article a = new Article("id" + i, "n" + i, null, outlets[i], null, dates[i], null, "en", text, Map.of());
                w.write(coder.apply(a));
            }
            Page<EventSummary> events = s.searchEvents(EventFilter.any().withPair("RUS", "CHN"), 0, 10);
            assertEquals(2, events.total());
            EventSummary march = events.items().get(1);
            assertEquals(3, march.numMentions());
            assertEquals(3, march.numArticles());
            assertEquals(2, march.numSources());
            assertEquals(LocalDate.of(2021, 3, 1), march.firstSeen());
            assertEquals(LocalDate.of(2021, 3, 2), march.lastSeen());
            EventDetail d = s.event(march.id()).orElseThrow();
            assertEquals(3, d.mentions().size());
            assertEquals(1, events.items().get(0).numMentions());
        }
    }

    @Test
    void pairSeriesCountsQuadsIndexAndShare() {
        SyntheticNews coder = new SyntheticNews();
        try (Store s = Store.open(dir)) {
            StoreWriter w = writer(s);
            String[] lines = {"Russia praised China.", "China sent aid to Russia.", "Russia accused China.",
                "France attacked Iran."};
            for (int i = 0; i < lines.length; i++) {
                Article a = new Article("p" + i, "p" + i, null, "O" + i, null, LocalDate.of(2022, 5, 1 + i * 7),
                        null, "en", lines[i], Map.of());
                w.write(coder.apply(a));
            }
            List<PeriodPoint> series = new Relations(s).series(PairQuery.of("CHN", "RUS", Period.MONTH));
            assertEquals(1, series.size());
            PeriodPoint p = series.get(0);
            assertEquals(3, p.events());
            assertEquals(1, p.quad()[0]);
            assertEquals(1, p.quad()[1]);
            assertEquals(1, p.quad()[2]);
            assertEquals(1.0 / 3, p.index(), 1e-9);
            assertEquals(3.0 / 4, p.share(), 1e-9);
            assertEquals((3.4 + 7.0 - 2.0) / 3, p.goldsteinMean(), 1e-9);
            assertEquals(3, new Relations(s).series(PairQuery.of("CHN", "RUS", Period.WEEK)).size());

            List<PairSummary> top = new Relations(s).topPairs(PairQuery.ranking(null, null), 10);
            assertEquals("CHN", top.get(0).a());
            assertEquals("RUS", top.get(0).b());
            assertEquals(3, top.get(0).events());
            assertEquals(2, top.size());
            assertEquals(0, new Relations(s).series(PairQuery.of("CHN", "RUS", Period.MONTH)
                    .withModality(java.util.Set.of(Modality.FUTURE))).size());
            // an undated article (plain text, no --date) still counts in the ranking, not in dated ranges
            w.write(coder.apply(new Article("u", "u", null, "O", null, null, null, "en", "Japan praised Brazil.", Map.of())));
            assertTrue(new Relations(s).topPairs(PairQuery.ranking(null, null), 10).stream()
                    .anyMatch(x -> x.a().equals("BRA") && x.b().equals("JPN")));
            assertTrue(new Relations(s).topPairs(PairQuery.ranking(LocalDate.of(2000, 1, 1), null), 10).stream()
                    .noneMatch(x -> x.a().equals("BRA")));
            assertTrue(s.actors("rus", 10).stream().anyMatch(x -> x.code().equals("RUS") && x.name().equals("Russia")));
        }
    }
}
