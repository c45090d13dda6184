package org.entente.events;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.syntax.SentenceView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The miss analysis: the traced coder tells what became of every candidate (emitted, or the rule that dropped it),
 * and {@link NoEventCause} names why a word that can take a root gave no event of it. Sentences written for this
 * test; actors hand-made.
 */
class NoEventCauseTest {
    private static final PatternDictionary BUNDLED = PatternDictionary.load(List.of(), CameoTable.standard());

    private record Traced(SentenceView view, List<NoEventCause.Fate> fates, List<EventMention> events) {
    }

    private static Traced trace(String text, String... actors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < actors.length; i += 2) {
            map.put(actors[i], actors[i + 1]);
        }
        List<NoEventCause.Fate> fates = new ArrayList<>();
        RuleEventCoder coder = new RuleEventCoder(BUNDLED, CameoTable.standard(),
                org.entente.events.learn.LearnedRules.ALL)
                .traced((article, sentence, token, code, proposed, fate) ->
                        fates.add(new NoEventCause.Fate(token, code, proposed, fate)));
        Article article = new Article("t", "test", null, null, null, LocalDate.of(2020, 1, 15), null, "en", text,
                Map.of());
        Document doc = TextAnalyzer.shared().analyze(article);
        List<ActorMention> mentions = CoderFixture.mentions(doc, map);
        List<EventMention> events = coder.code(doc, mentions);
        return new Traced(new SentenceView(doc.sentence(0), mentions), fates, events);
    }

    private static int token(SentenceView s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void anEmittedCandidateIsTracedAsEmitted() {
        Traced t = trace("Norway visited Chile in March.", "Norway", "NOR", "Chile", "CHL");
        assertEquals(1, t.events().size());
        assertTrue(t.fates().stream().anyMatch(f -> f.code().startsWith("04") && f.fate().equals("emitted")),
                t.fates().toString());
    }

    @Test
    void aPassiveWithoutDoerIsDroppedForWantOfASource() {
        // (an arrest told so keeps its target with a null source since session 10: events/place-doers.tsv)
        Traced t = trace("The Chilean opposition leader was criticised after the vote.", "Chilean opposition leader",
                "CHLOPP");
        assertEquals(List.of(), t.events());
        int criticised = token(t.view(), "criticised");
        String cause = NoEventCause.of(t.view(), "11", t.fates(), List.of(criticised), BUNDLED);
        assertTrue(cause.startsWith("dropped: needs-source"), cause + " " + t.fates());
        assertEquals("passive without doer", NoEventCause.missingDoer(t.view(), criticised));
    }

    @Test
    void aWordWhosePatternsNeedAnotherWordIsNamedSo() {
        // "impose" codes a sanction only with the word that says what is imposed
        Traced t = trace("Norway imposed a new curfew on the Chilean port.", "Norway", "NOR", "Chilean", "CHL");
        int imposed = token(t.view(), "imposed");
        String cause = NoEventCause.of(t.view(), "16", List.of(), List.of(imposed), BUNDLED);
        assertEquals("no match: pattern needs a word the sentence lacks", cause);
    }
}
