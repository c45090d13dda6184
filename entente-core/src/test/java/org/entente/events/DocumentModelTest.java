package org.entente.events;

import org.entente.events.model.EventMention;
import org.entente.events.syntax.SentenceView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;
import org.entente.text.Token;
import org.entente.text.parse.DependencyParse;
import org.entente.text.parse.DependencyParser;
import org.junit.jupiter.api.Test;

/**
 * One document per article: every stage reads the same arrays and adds to them, and nothing is computed twice (the
 * tagger runs once per sentence that needs it, a sentence's dependency parse is made once). The
 * sentences are written for this test.
 */
class DocumentModelTest {
    private static final String TEXT = "Norway accused Sweden of spying on its embassy. The weather stayed mild and "
            + "dry all week. Chile and Peru signed a trade agreement in Lima on Tuesday.";

    private static Article article() {
        return new Article("doc-test", "doc-test", null, null, null, LocalDate.of(2024, 3, 5), null, "en", TEXT,
                Map.of());
    }

    private static Set<Integer> sentencesWithActors(List<ActorMention> mentions) {
        Set<Integer> out = new HashSet<>();
        for (ActorMention m : mentions) {
            out.add(m.sentence());
        }
        return out;
    }

    @Test
    void theTaggerRunsOncePerSentenceWithActorsAndNeverAgain() {
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        TextAnalyzer analyzer = pipeline.analyzer();
        long before = analyzer.taggerRuns();
        CodedArticle coded = pipeline.process(article());
        Document doc = coded.analyzed();
        Set<Integer> withActors = sentencesWithActors(coded.actors());
        assertEquals(3, doc.sentenceCount());
        assertEquals(Set.of(0, 2), withActors, "the weather sentence names no actor");
        assertEquals(withActors.size(), doc.taggings());
        // another test may tag at the same time in this JVM; this document's own count is exact, the shared one a floor
        assertTrue(analyzer.taggerRuns() - before >= withActors.size());
        for (int i = 0; i < doc.sentenceCount(); i++) {
            assertEquals(withActors.contains(i), doc.isTagged(i), "sentence " + i);
        }
        assertFalse(coded.events().isEmpty(), "the test sentences code events");

        // asking again tags nothing already tagged: only the one sentence without actors is new to the tagger
        analyzer.tagAll(doc);
        assertEquals(3, doc.taggings());
        analyzer.tagAll(doc);
        assertEquals(3, doc.taggings());
    }

    @Test
    void stagesShareTheDocumentsArraysAndAddToIt() {
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        CodedArticle coded = pipeline.process(article());
        Document doc = coded.analyzed();
        // the recognizer added its mentions to the document, and the coder read those
        assertSame(coded.actors(), doc.get(ActorRecognizer.MENTIONS));
        // sentence and token views read the one text: offsets, words, tags
        Sentence s = doc.sentences().get(2);
        assertSame(s, doc.sentence(2), "one view per sentence");
        assertEquals(TEXT.substring(s.start(), s.end()), s.text());
        for (Token t : s.tokens()) {
            assertEquals(TEXT.substring(t.start(), t.end()), t.text());
            assertNotNull(t.pos(), t.text());
            assertEquals(org.entente.text.Lemmatizer.english().lemma(t.text(), t.pos()), t.lemma(), t.text());
        }
        // the coder's view reads the document's sentence and tags rather than a copy
        SentenceView v = new SentenceView(s, doc.get(ActorRecognizer.MENTIONS));
        assertSame(s, v.sentence);
        assertEquals("signed", v.text[3]);
        assertTrue(v.pos[3].startsWith("VB"));
        // the parser is on by default and lazy: the coder left the parses it made on the document (the two
        // sentences with a candidate event), and the sentence without actors was never parsed
        assertNotNull(doc.get(DependencyParser.PARSES, 0), "sentence 0");
        assertNotNull(doc.get(DependencyParser.PARSES, 2), "sentence 2");
        assertEquals(null, doc.get(DependencyParser.PARSES, 1), "sentence 1");
    }

    @Test
    void aSecondCodingReusesTheDocumentsParses() {
        System.setProperty("entente.parser", "on");
        try {
            Pipeline pipeline = Pipeline.standard(List.of(), List.of());
            CodedArticle coded = pipeline.process(article());
            Document doc = coded.analyzed();
            List<DependencyParse> parses = new ArrayList<>();
            for (int i : List.of(0, 2)) {
                DependencyParse p = doc.get(DependencyParser.PARSES, i);
                assertNotNull(p, "the parser ran on sentence " + i + ", which has an event, and left its parse");
                assertEquals(doc.tokenCount(i), p.size());
                parses.add(p);
            }
            assertEquals(null, doc.get(DependencyParser.PARSES, 1), "no parse of a sentence without actors");
            List<EventMention> again = pipeline.coder().code(doc, doc.get(ActorRecognizer.MENTIONS));
            assertEquals(coded.events(), again, "the same events from the same document");
            assertSame(parses.get(0), doc.get(DependencyParser.PARSES, 0), "sentence 0 parsed twice");
            assertSame(parses.get(1), doc.get(DependencyParser.PARSES, 2), "sentence 2 parsed twice");
        } finally {
            System.clearProperty("entente.parser");
        }
    }

    @Test
    void theTaggerCannotWriteASentenceTwiceAndTonesAreCountedOnce() {
        Document doc = TextAnalyzer.shared().analyze(article());
        assertTrue(doc.isTagged(0));
        int before = doc.taggings();
        TextAnalyzer.shared().tag(doc, 0);
        assertEquals(before, doc.taggings(), "a tagged sentence is left as it is");
        // a sentence's tone is the tone of its span of the text, whichever way it is asked for
        Sentence s = doc.sentence(0);
        double tone = doc.tone(0, s.start(), s.end());
        assertEquals(org.entente.text.Tone.standard().score(s.text()).tone(), tone);
        assertEquals(org.entente.text.Tone.standard().score(TEXT).tone(), doc.tone().tone());
        assertSame(doc.tone(), doc.tone(), "the document's tone is counted once");
        // a builder refuses tokens outside the text and tokens left after the last sentence
        assertThrows(IllegalArgumentException.class, () -> Document.builder("short").token(2, 9));
        assertThrows(IllegalStateException.class, () -> Document.builder("two words").token(0, 3).build());
    }
}
