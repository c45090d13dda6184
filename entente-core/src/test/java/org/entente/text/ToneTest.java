package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tone as GDELT computes AvgTone: 100 x (positive - negative words) / words, on sentences written for this test. */
class ToneTest {
    private final Tone tone = Tone.standard();

    @Test
    void countsWordsNotWeights() {
        // ten words: "welcomed" and "peace" positive, "war" negative
        Tone.Score s = tone.score("The minister welcomed the peace plan after the long war.");
        assertEquals(10, s.words());
        assertEquals(2, s.positive());
        assertEquals(1, s.negative());
        assertEquals(10.0, s.tone(), 1e-9);
    }

    @Test
    void conflictReadsNegativeAndCooperationPositive() {
        assertTrue(tone.score("Troops killed dozens of civilians and destroyed the hospital in a brutal attack.")
                .tone() < 0);
        assertTrue(tone.score("The two leaders praised their friendship and agreed to support joint aid.").tone() > 0);
    }

    @Test
    void emptyAndFunctionWordsAreNeutral() {
        assertEquals(0.0, tone.score("").tone());
        assertEquals(0.0, tone.score(null).tone());
        assertEquals(0, tone.score("of the and to in").positive() + tone.score("of the and to in").negative());
    }

    @Test
    void aSpanScoresOnlyItsWords() {
        String text = "Talks collapsed. Both sides praised the agreement.";
        int cut = text.indexOf("Both");
        assertTrue(tone.score(text, 0, cut).tone() < 0);
        assertTrue(tone.score(text, cut, text.length()).tone() > 0);
    }
}
