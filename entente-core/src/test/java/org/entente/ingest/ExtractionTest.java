package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ExtractionTest {
    /** Chrome on the bundled pages, none of which is article text. */
    private static final List<String> CHROME = List.of("cookie", "Accept all", "Support independent journalism",
            "Support us", "Help us grow", "Patreon", "Comments (", "Join the discussion", "Load more comments",
            "Reply", "More from", "Related", "All rights reserved", "Share on", "Subscribe", "Sign in", "Advertisement",
            "Most read", "Trending", "What do you think", "Notify of", "Inline Feedbacks", "View all comments",
            "Donate", "views expressed", "READ MORE", "Before you go", "Privacy");

    private static Path shared() {
        return Path.of(System.getProperty("entente.shared", "../shared"));
    }

    @Test
    void bundledPagesLoseAllChromeAndKeepEveryParagraph() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(Collect.samples())) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 4);
        for (Path page : pages) {
            Article a = Collect.read(page).only();
            for (String chrome : CHROME) {
                assertFalse(a.text().toLowerCase(Locale.ROOT).contains(chrome.toLowerCase(Locale.ROOT)),
                        page + " kept chrome \"" + chrome + "\":\n" + a.text());
            }
            // every paragraph of the story body (the samples mark it with a class) is in the clean text
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element body = doc.selectFirst(".story-body, .article-text, .entry-content, .post-content");
            assertTrue(body != null, page.toString());
            List<String> paragraphs = new ArrayList<>();
            for (Element p : body.select("p, div > span")) {
                paragraphs.add(p.text());
            }
            assertFalse(paragraphs.isEmpty(), page + ": no story paragraphs to check");
            for (String p : paragraphs) {
                assertTrue(a.text().contains(p), page + " lost: " + p);
            }
            assertEquals(String.join("\n\n", paragraphs), a.text(), page.toString());
        }
    }

    @Test
    void seedArticleLosesItsChromeAndKeepsEverySentence() throws IOException {
        Path seed = shared().resolve("corpus/seed/duran-2016-11-russia-china.txt");
        assumeTrue(Files.exists(seed), "../shared corpus not present");
        String raw = Files.readString(seed, StandardCharsets.UTF_8);
        Article a = Collect.read(seed).only();
        // the chrome the issue lists (widget words, not article text)
        for (String chrome : List.of("Help us grow", "Patreon", "do not necessarily represent", "What do you think?",
                "Notify of", "Inline Feedbacks", "View all comments")) {
            assertFalse(a.text().contains(chrome), "kept \"" + chrome + "\"");
        }
        List<String> out = List.of(a.text().split("\n\n"));
        assertFalse(out.get(0).strip().matches("\\W*\\w{0,3}\\W*"), "stray fragment first line kept");
        // every prose paragraph of the capture that is not a chrome line is kept, in order, and nothing else
        // besides the headline: the related headlines after the comment widget are gone
        List<String> prose = new ArrayList<>();
        for (String line : raw.split("\n")) {
            String t = line.strip();
            if (TextCleaner.isProse(t) && !Chrome.isChrome(t)) {
                prose.add(t.replace('\u00a0', ' ').replaceAll("\\s+", " "));
            }
        }
        assertTrue(prose.size() > 10);
        // compared by count and position, so a failure does not print the corpus text
        assertEquals(prose.size(), out.size() - 1, "paragraphs kept");
        for (int i = 0; i < prose.size(); i++) {
            assertTrue(prose.get(i).equals(out.get(i + 1)), "paragraph " + (i + 1) + " differs");
        }
        assertEquals(a.title(), out.get(0));
    }

    @Test
    void zyteBenchmarkSampleScoresAboveTarget() throws IOException {
        Path html = shared().resolve("corpus/html");
        assumeTrue(Files.isDirectory(html), "../shared corpus not present");
        List<ExtractionScorer.PageScore> scores = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(html)) {
            pages = s.filter(p -> p.getFileName().toString().startsWith("zyte-") && p.toString().endsWith(".html"))
                    .sorted().toList();
        }
        for (int i = 0; i < pages.size(); i += 5) { // every fifth page keeps the test quick
            Path p = pages.get(i);
            String base = p.getFileName().toString().replace(".html", "");
            String truth = Files.readString(p.resolveSibling(base + ".expected.txt"), StandardCharsets.UTF_8);
            scores.add(ExtractionScorer.page(base, truth, ExtractionScorer.extract(p)));
        }
        double f1 = scores.stream().mapToDouble(ExtractionScorer.PageScore::f1).average().orElse(0);
        assertTrue(f1 >= 0.90, "mean token F1 on " + scores.size() + " zyte pages: " + f1);
    }

    @Test
    void scorerMeasuresTokenOverlap() {
        ExtractionScorer.PageScore s = ExtractionScorer.page("zyte-x", "Russia and China met today.",
                "Menu Russia and China met today.");
        assertEquals(1.0, s.r(), 1e-9);
        assertEquals(5.0 / 6, s.p(), 1e-9);
        assertEquals("zyte", s.set());
        ExtractionScorer.PageScore none = ExtractionScorer.page("readability-y", "Some text here.", "");
        assertEquals(0.0, none.f1(), 1e-9);
    }

    @Test
    void plainTextChromeRules() {
        String raw = "in ,\n\nA headline about talks\n\nRussia and China held talks in Moscow on Monday about trade "
                + "and energy, officials said.\n\nSupport our journalism on Patreon!\n\nThe two sides agreed to meet "
                + "again in Beijing next month, the ministry said in a statement.\n\nWhat do you think?\n\nNotify of\n\n"
                + "View all comments\n\nAnother unrelated headline here\n\nAnd yet another one";
        List<String> p = TextCleaner.paragraphs(raw);
        assertEquals(3, p.size(), p.toString());
        assertEquals("A headline about talks", p.get(0));
        assertTrue(p.get(2).startsWith("The two sides"));
    }
}
