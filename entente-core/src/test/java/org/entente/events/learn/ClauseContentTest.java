package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.events.CoderFixture;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;
import org.entente.events.syntax.SentenceView;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The content of a statement as the proposer reads it: the clause a report verb governs (after it, or before its
 * speaker in an inverted report), and the cue class each kind of statement's words fall in. Every sentence is
 * written for this test.
 */
class ClauseContentTest {
    private static final Map<String, String> ACTORS = Map.of("Norway", "NOR", "Chile", "CHL", "Peru", "PER");
    private static final Triggers TRIGGERS = new Triggers(PatternDictionary.load(List.of(), CameoTable.standard()));

    private static SentenceView view(String text) {
        Document doc = TextAnalyzer.shared().analyze(new Article("t", "test", null, null, null, null, null, "en", text,
                Map.of()));
        return new SentenceView(doc.sentence(0), CoderFixture.mentions(doc, ACTORS));
    }

    private static int at(SentenceView s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no " + word);
    }

    private static List<String> features(String text, String verb) {
        SentenceView s = view(text);
        List<String> f = new ArrayList<>();
        ClauseContent.features(s, at(s, verb), TRIGGERS, f);
        return f;
    }

    private static void assertCue(String cue, String text, String verb) {
        List<String> f = features(text, verb);
        assertTrue(f.contains("cc.cue=" + cue), cue + " not in " + f);
    }

    @Test
    void eachKindOfStatementHasItsCueClass() {
        assertCue("demand", "Norway said Chile must hand over the fishing boats at once.", "said");
        assertCue("intent", "Peru said it was ready to reopen its border with Chile.", "said");
        assertCue("threat", "Chile said it would retaliate against any incursion by Peru.", "said");
        assertCue("accusation", "Norway said Peru was responsible for the poisoned river.", "said");
        assertCue("criticism", "Chile said the Norwegian quota was a shameful mistake.", "said");
        assertCue("praise", "Peru said Norway had made an outstanding contribution to the talks.", "said");
        assertCue("refusal", "Norway said it would reject any deal that left out Chile.", "said");
        assertCue("denial", "Peru said the reports of troops on the border were baseless.", "said");
    }

    @Test
    void theClauseAfterTheVerbGivesItsVerbModalNegationAndRoots() {
        List<String> f = features("Peru said it would not attend the summit in Chile.", "said");
        assertTrue(f.contains("cc.modal=would"), f.toString());
        assertTrue(f.contains("cc.neg"), f.toString());
        assertTrue(f.contains("cc.verb=attend"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("cc.vroot|neg=") && x.endsWith("|true")), f.toString());
        assertTrue(f.contains("cc.subj=it"), f.toString());
    }

    @Test
    void anInvertedReportReadsTheWordsBeforeItsSpeaker() {
        SentenceView s = view("Chile must withdraw its ships from the bay, Norway said.");
        ClauseContent.Clause c = ClauseContent.of(s, at(s, "said"));
        assertNotNull(c);
        assertEquals("before", c.from());
        assertTrue(c.tokens().contains(at(s, "must")), c.toString());
        assertFalse(c.tokens().contains(at(s, "said")), c.toString());
    }

    @Test
    void aVerbThatReportsNothingHasNoClauseFeatures() {
        assertTrue(features("Norway sent ships to Chile.", "sent").isEmpty());
        // a plain statement: read, but no cue class in it
        List<String> plain = features("Norway said the ships left port on Monday morning.", "said");
        assertTrue(plain.stream().noneMatch(x -> x.startsWith("cc.cue=")), plain.toString());
    }

    @Test
    void aStatementIsAboutTheActorThatOpensItsClause() {
        SentenceView s = view("Norway said Chile's new fishing quota was reckless and irresponsible.");
        assertEquals("CHL", ClauseContent.about(s, at(s, "said")).members().get(0).code().substring(0, 3));
        List<String> f = features("Norway said Chile's new fishing quota was reckless and irresponsible.", "said");
        assertTrue(f.contains("cc.about=ACTOR's"), f.toString());
        assertTrue(f.contains("cc.cue|about=criticism|ACTOR's"), f.toString());
        List<String> self = features("Peru said we are ready to talk to anyone.", "said");
        assertTrue(self.contains("cc.about=self"), self.toString());
        // a clause that opens with a verb is about no actor named after it
        SentenceView late = view("Norway said talking to Chile was a waste of time.");
        assertEquals(null, ClauseContent.about(late, at(late, "said")));
    }

    @Test
    void aReportVerbIsKnownInEveryForm() {
        SentenceView s = view("Peru warned that Chile would regret the blockade.");
        assertTrue(ClauseContent.isReport(s, at(s, "warned")));
        assertCue("criticism", "Chile branded the Peruvian plan a shambles.", "branded");
    }
}
