package org.entente.actors;

import static org.entente.actors.ActorRecognizerTest.codes;
import static org.entente.actors.ActorRecognizerTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's name written in lower case counts only right after a capitalised title that person held. */
class LowerCaseNameTest {
    @Test
    void aLowerCaseNameAfterACapitalisedTitleIsThePerson() {
        List<ActorMention> ms = run("Chancellor scholz flew to Paris on Tuesday.", "2023-01-10");
        assertEquals("Chancellor scholz=DEUGOV, Paris=FRAGOV", codes(ms));
        // the code names the person's dictionary row, as for a capitalised name
        assertTrue(ms.get(0).source().matches("people\\.tsv:\\d+"), ms.get(0).source());
        assertEquals("person", ms.get(0).kind());
        assertEquals("Prime Minister kishida=JPNGOV", codes(run("Prime Minister kishida spoke first.",
                "2022-05-02")));
        assertEquals("Foreign Minister kishida=JPNGOV", codes(run("Foreign Minister kishida spoke first.",
                "2014-05-02")));
        assertEquals("President-elect biden=USAELI", codes(run("President-elect biden spoke first.",
                "2020-12-02")));
    }

    @Test
    void theArticleDateStillDecides() {
        // he held the office once: on a later date the row of that date counts, as for "President Lula"
        assertEquals("President lula=BRAOPP", codes(run("President lula spoke first.", "2015-05-02")));
    }

    @Test
    void aTitleThePersonNeverHeldIsNoEvidence() {
        assertEquals("Chancellor=---GOV", codes(run("Chancellor trudeau spoke first.", "2020-05-02")));
    }

    @Test
    void withoutACapitalisedTitleALowerCaseWordStaysAWord() {
        assertTrue(run("Farmers said macron prices were falling.", "2020-05-02").stream()
                .noneMatch(m -> "person".equals(m.kind())));
        assertTrue(run("the new chancellor scholz plan was cheap.", "2023-05-02").stream()
                .noneMatch(m -> "person".equals(m.kind())));
    }

    @Test
    void theSingularProtestorIsARoleWord() {
        assertEquals("Kenyan protestor=KENOPP", codes(run("A Kenyan protestor was hurt.", "2020-05-02")));
    }
}
