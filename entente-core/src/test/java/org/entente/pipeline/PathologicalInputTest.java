package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.ingest.Article;
import org.entente.ingest.Sources;
import org.entente.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that used to cost minutes or hours to code (issue 19): coding must be linear in their length, so each
 * ends with its outcome — sentences of a sensible size, actors and events found where there are some. The
 * inputs are generated here (never committed). The timeout is a hang guard far above the measured times
 * (BENCHMARKS.md, scripts/pathological-inputs.sh), not a speed assertion.
 */
@Timeout(600)
class PathologicalInputTest {
    private static final Pipeline PIPELINE = Pipeline.standard(List.of(), List.of());
    private static final String[] COUNTRIES = {"Russia", "China", "France", "Germany", "Japan", "India", "Brazil",
        "Canada", "Mexico", "Egypt", "Iran", "Israel", "Turkey", "Ukraine", "Poland"};
    private static final String[] WORDS = ("the officials said that talks would continue while ministers from "
            + "several capitals met to discuss trade and security issues including").split(" ");

    private static Article article(String name, String text) {
        return new Article(Sources.contentId(text), name, null, null, null, LocalDate.of(2023, 3, 1), null, "en",
                text, Map.of());
    }

    /** Words (a share of them country names) without any full stop, until {@code chars} characters. */
    private static String runOn(long seed, int chars, double countryShare) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 20);
        while (b.length() < chars) {
            b.append(r.nextDouble() < countryShare ? COUNTRIES[r.nextInt(COUNTRIES.length)] : WORDS[r.nextInt(WORDS.length)])
                    .append(r.nextDouble() < 0.05 ? ", " : " ");
        }
        return b.toString().strip() + ".";
    }

    private static CodedArticle code(String name, String text) {
        CodedArticle c = PIPELINE.process(article(name, text));
        for (Sentence s : c.analyzed().sentences()) {
            assertTrue(s.tokens().size() <= 400, name + ": sentence " + s.index() + " has " + s.tokens().size()
                    + " tokens");
            assertEquals(text.substring(s.start(), s.end()), s.text(), "sentence spans point into the text");
        }
        return c;
    }

    @Test
    void hundredThousandCharacterSentenceIsCodedInPieces() {
        CodedArticle c = code("run-on-100k", runOn(1, 100_000, 0.15));
        assertTrue(c.analyzed().sentences().size() > 40, "cut into pieces: " + c.analyzed().sentences().size());
        assertFalse(c.actors().isEmpty());
        assertFalse(c.events().isEmpty(), "the pieces are still coded");
    }

    @Test
    void runOfCountryNames888kIsCoded() {
        CodedArticle c = code("countries-888k", runOn(2, 888_000, 1.0));
        assertTrue(c.actors().size() > 50_000, "every name is an actor: " + c.actors().size());
    }

    @Test
    void singleSentence834kUnderTheSizeCapIsCoded() {
        CodedArticle c = code("sentence-834k", runOn(3, 834_000, 0.2));
        assertTrue(c.analyzed().sentences().size() > 300, "cut into pieces");
        assertFalse(c.events().isEmpty());
    }

    @Test
    void oneEnormousWordIsOneToken() {
        String text = "Russia and China met. " + "x".repeat(800_000) + " Russia praised China.";
        CodedArticle c = code("one-word-800k", text);
        long tokens = c.analyzed().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        assertTrue(tokens < 20, "the word stays whole: " + tokens + " tokens");
        assertFalse(c.actors().isEmpty());
    }

    @Test
    void runOfCommasAndNamesIsCoded() {
        CodedArticle c = code("commas", "Russia, ".repeat(100_000));
        assertTrue(c.actors().size() > 50_000, "actors: " + c.actors().size());
    }

    @Test
    void manyShortLinesAreCoded() {
        StringBuilder b = new StringBuilder();
        Random r = new Random(4);
        while (b.length() < 300_000) {
            b.append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append(" criticized ")
                    .append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append(".\n");
        }
        CodedArticle c = code("short-lines-300k", b.toString());
        assertTrue(c.events().size() > 4_000, "events: " + c.events().size());
    }
}
