package org.entente.actors;

import static org.entente.actors.ActorRecognizerTest.codes;
import static org.entente.actors.ActorRecognizerTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "pro-X" and "anti-X" name a side the actor takes, not the actor's country. Sentences written for this test. */
class StanceTest {
    @Test
    void aPlaceAfterProOrAntiIsNoNationality() {
        List<ActorMention> ms = run("Pro-Chinese militias shelled a village.", "2019-03-01");
        assertEquals("Chinese militias=---UAF", codes(ms));
        assertTrue(ms.get(0).source().contains("a side taken"), ms.get(0).source());
        assertEquals("Japanese students=---EDU, Seoul=KORGOV", codes(run("Anti-Japanese students marched in Seoul.",
                "2019-03-01")));
        // without the prefix the place is the nationality
        assertEquals("Chinese militias=CHNUAF", codes(run("Chinese militias shelled a village.", "2019-03-01")));
    }

    @Test
    void theCauseAloneIsNoActor() {
        // "anti-Norway" marchers act; Norway does not
        assertTrue(run("An anti-Norway march was held.", "2019-03-01").isEmpty());
        // a stance on a role word leaves the place where it is (the role read is the composer's, unchanged here)
        assertEquals("government rebels of Chad=TCDGOV", codes(run("Anti-government rebels of Chad attacked.",
                "2019-03-01")));
    }
}
