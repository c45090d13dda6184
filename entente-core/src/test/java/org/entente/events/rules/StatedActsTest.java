package org.entente.events.rules;

import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.syntax.VerbForms;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stated intentions beyond a bare verb; every sentence is written for these tests. */
class StatedActsTest {
    @Test
    void aNounEventObjectOfAnAnnouncedFutureVerbIsTheStatedIntention() {
        List<EventMention> e = code("Sweden will send 300 tons of relief supplies to Chad, the ministry said.",
                "Sweden", "SWE", "Chad", "TCD");
        assertEquals("SWE>TCD:0333", triples(e));
        assertEquals(Modality.FUTURE, e.get(0).modality());
        // without a statement the act stays what it is, in the future
        assertEquals("SWE>TCD:073", triples(code("Sweden will send 300 tons of relief supplies to Chad.",
                "Sweden", "SWE", "Chad", "TCD")));
        // a noun that is not the verb's object ("talks on relief supplies") takes no intention from it
        assertEquals("SWE>TCD:073", triples(code(
                "Sweden will hold talks, and relief supplies to Chad are due, the ministry said.",
                "Sweden", "SWE", "Chad", "TCD")));
    }

    @Test
    void aPlanOrWishToActIsTheStatedIntention() {
        List<EventMention> e = code("Norway wants to help Chile.", "Norway", "NOR", "Chile", "CHL");
        assertEquals("NOR>CHL:033", triples(e));
        assertEquals(Modality.FUTURE, e.get(0).modality());
        assertEquals("NOR>CHL:033", triples(code("Norway plans to help Chile.", "Norway", "NOR", "Chile", "CHL")));
        assertEquals("NOR>CHL:070", triples(code("Norway helped Chile.", "Norway", "NOR", "Chile", "CHL")));
    }

    @Test
    void aTrailingReportMayHaveAParticipleInItsSubject() {
        // "a statement issued by the ministry said": "issued" is no verb of the clause, so the report stands
        assertEquals("SWE>TCD:0331", triples(code(
                "Sweden will give Chad a loan of 5 million crowns (0.5 million dollars), a statement issued by the"
                        + " ministry said.", "Sweden", "SWE", "Chad", "TCD")));
    }

    @Test
    void verbFormsAreReadOffTheWordAndItsNeighbours() {
        assertEquals("VBN", form("were", "MD", "attacked", "."));
        assertEquals("VBD", form("troops", "NN", "attacked", "."));
        assertEquals("VBN", form("statement", "NN", "issued", "by")); // modifies the noun before it
        assertEquals("VBG", form("are", "MD", "providing", "aid"));
        assertEquals("VBZ", form("Sweden", "NNP", "sends", "aid"));
        assertEquals("VBD", form("Sweden", "NNP", "took", "it"));
        assertEquals("VB", form("to", "TO", "send", "aid"));
    }

    @Test
    void aMotiveTheWriterGivesIsNoEvent() {
        // the adjunct says why the doer acted: only the act itself is coded
        assertEquals("NOR>CHL:042", triples(code("Norway visited Chile on Monday, seeking to meet Peru.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER")));
        assertEquals("NOR>CHL:042", triples(code("Norway visited Chile on Monday in a bid to meet Peru.",
                "Norway", "NOR", "Chile", "CHL", "Peru", "PER")));
        // a finite "is seeking to" is a statement about Norway: the meeting stays, in the future
        List<EventMention> e = code("Norway is seeking to meet Peru.", "Norway", "NOR", "Peru", "PER");
        assertEquals("NOR>PER:040", triples(e));
        assertEquals(Modality.FUTURE, e.get(0).modality());
    }

    private static String form(String left, String leftTag, String word, String right) {
        return VerbForms.refine(new String[] {left.toLowerCase(), word, right},
                new String[] {leftTag, "VB", right.equals(".") ? "." : "NN"}, 1);
    }
}
