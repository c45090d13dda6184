package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return TextAnalyzer.shared().sentences(text).stream().map(Sentence::text).toList();
    }

    @Test
    void titlesMonthsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Gen. Valery Gerasimov met Lt. Gen. Smith on Nov. 21 in Moscow.", "They spoke."),
                sentences("Gen. Valery Gerasimov met Lt. Gen. Smith on Nov. 21 in Moscow. They spoke."));
        assertEquals(List.of("U.S. Secretary of State Antony Blinken met officials of the U.N. Security Council.",
                        "He left."),
                sentences("U.S. Secretary of State Antony Blinken met officials of the U.N. Security Council. He left."));
        assertEquals(List.of("Mr. Putin and Dr. Li met at 10 a.m. on Jan. 5.", "They spoke for two hours."),
                sentences("Mr. Putin and Dr. Li met at 10 a.m. on Jan. 5. They spoke for two hours."));
    }

    @Test
    void initialsAtTheEndOfASentenceStillEndIt() {
        assertEquals(List.of("Sanctions were imposed by the U.S.", "The ministry said it would retaliate."),
                sentences("Sanctions were imposed by the U.S. The ministry said it would retaliate."));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Headline here\n\nWASHINGTON, Nov. 3 (Wire) - Sen. Smith spoke. The U.S. and China met.";
        for (Sentence s : TextAnalyzer.shared().sentences(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(3, TextAnalyzer.shared().sentences(text).size());
    }
}
