package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line's text (drawn on a terminal only, so not seen by the CLI tests). */
class ProgressTest {
    @Test
    void shareOfBytesEstimatedArticlesRateAndEta() {
        // a quarter of 100 MB read, 130 articles in it: ~520 to expect; 120 done in a minute, 400 left at 2/s
        assertEquals("[#######                       ]  25% of 100.0 MB read, 120/~520 articles 2.0 articles/s"
                + " ETA 3m20s (2 failed)   ", Progress.line(120, 130, 2, 25_000_000, 100_000_000, 60));
    }

    @Test
    void exactWhenAllIsRead() {
        assertEquals("[##############################] 100% of 2.0 MB read, 400/~400 articles 40.0 articles/s"
                + " ETA 0m00s (0 failed)   ", Progress.line(400, 400, 0, 2_000_000, 2_000_000, 10));
    }

    @Test
    void noEstimateBeforeTheFirstArticleNorWithoutATotal() {
        assertEquals("[###                           ]  10% of 1.0 MB read, 0 articles 0.0 articles/s (0 failed)   ",
                Progress.line(0, 0, 0, 100_000, 1_000_000, 2));
        assertEquals("50 articles 5.0 articles/s (1 failed)   ", Progress.line(50, 50, 1, 0, -1, 10));
    }
}
