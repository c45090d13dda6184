package org.entente.events.roles;

import org.entente.events.matching.CandidateFinder;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X wants Y to V": Y does V, and X appeals to Y; all sentences are written for these tests. */
class ControlVerbsTest {
    private static List<EventMention> code(String text, String... namesAndCodes) {
        return RolesTest.code(text, namesAndCodes);
    }

    private static String triples(List<EventMention> events) {
        return RolesTest.triples(events);
    }

    @Test
    void theObjectOfAControlVerbDoesTheInfinitive() {
        // "expect" is no appeal: the act is coded, by its doer, as not done
        List<EventMention> events = code("Ghana expects Togo to shell Benin.", "Ghana", "GHA", "Togo", "TGO",
                "Benin", "BEN");
        assertEquals("TGO>BEN:194", triples(events));
        assertEquals(Modality.FUTURE, events.get(0).modality());
        // a bare role as object: the rebels are the doers, and the act is still only wished for
        events = code("Ghana needs the rebels to attack Benin.", "Ghana", "GHA", "rebels", "---REB", "Benin", "BEN");
        assertEquals("---REB>BEN:190", triples(events));
        assertEquals(Modality.FUTURE, events.get(0).modality());
        // "help", "allow": the act is let happen
        events = code("Ghana allowed Togo to bomb Benin.", "Ghana", "GHA", "Togo", "TGO", "Benin", "BEN");
        assertEquals("TGO>BEN:195", triples(events));
        assertEquals(Modality.ASSERTED, events.get(0).modality());
    }

    @Test
    void theParseFindsTheObjectOfAControlVerbPastItsPhrase() {
        // "the leaders of Togo": no actor stands right before "to", the parse still reads the object of "expects"
        List<EventMention> events = code("Ghana expects the leaders of Togo to shell Benin.", "Ghana", "GHA", "Togo",
                "TGO", "Benin", "BEN");
        assertEquals("TGO>BEN:194", triples(events));
        assertEquals(Modality.FUTURE, events.get(0).modality());
    }

    @Test
    void subjectControlAndAPassiveCommandLeaveTheSubjectTheDoer() {
        // "was forced to shell": the one forced does the shelling, and did it
        List<EventMention> events = code("Togo was forced to shell Benin.", "Togo", "TGO", "Benin", "BEN");
        assertEquals("TGO>BEN:194", triples(events));
        assertEquals(Modality.ASSERTED, events.get(0).modality());
    }

    @Test
    void aCommandIsTheActOfTheOneWhoGivesIt() {
        assertEquals("GHA>BEN:190", triples(code("Ghana ordered its troops to attack Benin.", "Ghana", "GHA",
                "Benin", "BEN")));
    }

    @Test
    void wantingAnotherToActIsAnAppealCodedAsUrgingIs() {
        // the act asked for chooses the 02 code through the urging patterns ("urge + to", 020 here); the act
        // itself is the appeal's content, not a second event
        List<EventMention> events = code("Mali wants Niger to attack Chad.", "Mali", "MLI", "Niger", "NER",
                "Chad", "TCD");
        assertEquals("MLI>NER:020", triples(events));
        assertEquals(Modality.ASSERTED, events.get(0).modality());
        assertTrue(events.get(0).pattern().startsWith(CandidateFinder.WANT_RULE), events.get(0).pattern());
        assertEquals("MLI>NER:023", triples(code("Mali wants Niger to help Chad.", "Mali", "MLI", "Niger", "NER",
                "Chad", "TCD")));
        // an infinitive that is no event of the dictionary makes no appeal
        assertEquals("", triples(code("Mali wants Niger to look again.", "Mali", "MLI", "Niger", "NER")));
        // wanting to act oneself is the doer's own plan, not an appeal
        assertTrue(triples(code("Mali wants to attack Chad.", "Mali", "MLI", "Chad", "TCD")).startsWith("MLI>TCD:"));
    }
}
