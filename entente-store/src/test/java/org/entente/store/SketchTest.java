package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lead sketch on articles written for the test: one happening told twice, and one cast in two stories. */
class SketchTest {
    // two outlets' leads of one (invented) happening
    static final String FLOOD_A_TITLE = "Floods cut rail link between Novara and Vercelli";
    static final String FLOOD_A = "Heavy rain flooded the rail line between Novara and Vercelli on Tuesday, stranding"
            + " about 400 passengers overnight, the regional railway operator said. Emergency crews pumped water from"
            + " the tracks near Borgo Vercelli and the regional governor promised repairs within a week.";
    static final String FLOOD_B_TITLE = "Hundreds stranded as rain floods northern rail line";
    static final String FLOOD_B = "About 400 rail passengers were stranded overnight after heavy rain flooded the line"
            + " from Novara to Vercelli on Tuesday. Crews pumped water off the tracks at Borgo Vercelli, and the"
            + " regional governor said repairs would take a week, according to the railway operator.";
    // the same governor and region, another story
    static final String BUDGET_TITLE = "Regional governor presents budget in Novara";
    static final String BUDGET = "The regional governor presented next year's budget in Novara on Tuesday, with more"
            + " money for hospitals and schools and a cut in the regional tax on small businesses. Opposition"
            + " councillors said the plan ignored the railway and called for a vote next month.";

    @Test
    void oneHappeningToldTwiceOverlapsMoreThanOneCastInTwoStories() {
        short[] a = Sketch.of(FLOOD_A_TITLE, FLOOD_A);
        short[] b = Sketch.of(FLOOD_B_TITLE, FLOOD_B);
        short[] c = Sketch.of(BUDGET_TITLE, BUDGET);
        assertEquals(1.0, Sketch.similarity(a, Sketch.of(FLOOD_A_TITLE, FLOOD_A)), "deterministic");
        double same = Sketch.similarity(a, b);
        double other = Sketch.similarity(a, c);
        assertTrue(same >= Resolution.standard().minLead(), "one happening: " + same);
        assertTrue(other < Resolution.standard().minLead(), "one cast, two stories: " + other);
    }

    @Test
    void theEstimateFollowsTheExactOverlap() {
        var x = Sketch.leadWords(FLOOD_A_TITLE, FLOOD_A);
        var y = Sketch.leadWords(FLOOD_B_TITLE, FLOOD_B);
        var both = new java.util.HashSet<>(x);
        both.retainAll(y);
        var all = new java.util.HashSet<>(x);
        all.addAll(y);
        double exact = both.size() / (double) all.size();
        double estimate = Sketch.similarity(Sketch.of(FLOOD_A_TITLE, FLOOD_A), Sketch.of(FLOOD_B_TITLE, FLOOD_B));
        assertTrue(Math.abs(estimate - exact) < 0.12, exact + " vs " + estimate); // ~3 standard errors
    }

    @Test
    void aShortLeadHasNoSketchAndTheTextFormRoundTrips() {
        assertNull(Sketch.of("Storm", "Rain fell in the north."));
        assertEquals(0.0, Sketch.similarity(null, Sketch.of(FLOOD_A_TITLE, FLOOD_A)));
        short[] a = Sketch.of(FLOOD_A_TITLE, FLOOD_A);
        assertArrayEquals(a, Sketch.decode(Sketch.encode(a)));
        assertNull(Sketch.decode(null));
        assertNull(Sketch.decode("not base64 !"));
        assertNull(Sketch.encode(null));
    }

    @Test
    void onlyTheLeadCounts() {
        String lead = FLOOD_A + " " + FLOOD_A + " " + FLOOD_A; // more than LEAD_WORDS words
        assertArrayEquals(Sketch.of(FLOOD_A_TITLE, lead + " " + BUDGET), Sketch.of(FLOOD_A_TITLE, lead),
                "words after the lead are not read");
    }
}
