package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.entente.events.CoderFixture;
import org.entente.events.syntax.SentenceView;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Which proposal triggers are passives, so that one naming no doer ("was accused of") gets none. Every sentence is
 * written for this test.
 */
class ProposerPassiveTest {
    private static final Map<String, String> ACTORS = Map.of("Norway", "NOR", "Chile", "CHL");

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

    @Test
    void aParticipleAfterBeIsPassive() {
        SentenceView be = view("Norway was criticised for the delay in the talks.");
        assertTrue(ProposerFeatures.passive(be, at(be, "criticised")));
        SentenceView active = view("Norway seized the fishing boats near the coast of Chile.");
        assertFalse(ProposerFeatures.passive(active, at(active, "seized")));
    }

    @Test
    void aPassiveNamesItsDoerOnlyWithBy() {
        SentenceView with = view("The boats were seized by Chile near the coast.");
        assertTrue(ProposerFeatures.agentAfter(with, at(with, "seized")));
        SentenceView without = view("The boats were seized near the coast of Chile last week.");
        assertFalse(ProposerFeatures.agentAfter(without, at(without, "seized")));
    }
}
