package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    @Test
    void offsetsPointIntoTheCleanText() {
        String text = "Headline without a stop\nRussia and China held talks on Monday. They agreed to meet again.";
        List<Sentence> sentences = TextAnalyzer.shared().sentences(text);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        Token held = sentences.get(1).tokens().get(3);
        assertEquals("held", held.text());
        assertTrue(held.pos().startsWith("VB"), held.pos());
    }
}
