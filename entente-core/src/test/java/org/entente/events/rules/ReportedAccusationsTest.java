package org.entente.events.rules;

import org.entente.events.roles.RolesTest;

import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.rules.ReportedAccusations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X said Y shelled Z" is also X accusing Y (112); all sentences are written for these tests. */
class ReportedAccusationsTest {
    private static List<EventMention> code(String text, String... namesAndCodes) {
        return RolesTest.code(text, namesAndCodes);
    }

    private static String triples(List<EventMention> events) {
        return RolesTest.triples(events);
    }

    @Test
    void aReportedAttackIsAlsoTheReportersAccusation() {
        String text = "Ecuador claimed that Peruvian troops had shelled Machala.";
        List<EventMention> events = code(text, "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU");
        assertEquals("PERMIL>ECU:194 ECU>PERMIL:112", triples(events));
        assertEquals("ECU", events.get(0).saidBy(), "the reported act keeps its reporter");
        EventMention charge = events.get(1);
        assertNull(charge.saidBy());
        assertEquals(Modality.ASSERTED, charge.modality());
        assertEquals("claimed", text.substring(charge.verbSpan().start(), charge.verbSpan().end()));
        assertEquals("Ecuador", text.substring(charge.sourceSpan().start(), charge.sourceSpan().end()));
        assertEquals("Peruvian troops", text.substring(charge.targetSpan().start(), charge.targetSpan().end()));
        assertTrue(charge.pattern().startsWith(ReportedAccusations.RULE) && charge.pattern().endsWith(
                events.get(0).pattern()), "provenance names the rule and the reported act's pattern: "
                + charge.pattern());
    }

    @Test
    void aReporterAfterTheActAccusesToo() {
        assertEquals("PERMIL>ECU:195 ECU>PERMIL:112", triples(code("Peruvian troops bombed Machala, Ecuador said.",
                "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU")));
    }

    @Test
    void onlyANamedDoerOfAnotherCountryIsAccused() {
        // a bare role is no one to accuse
        assertEquals("---REB>ECU:190", triples(code("Ecuador said rebels attacked Machala.",
                "Ecuador", "ECU", "rebels", "---REB", "Machala", "ECU")));
        // a ministry telling what its own army did accuses no one
        assertEquals("ECUMIL>PER:190", triples(code("The Ecuadorian defence ministry said Ecuadorian troops "
                + "attacked Tumbes.", "Ecuadorian defence ministry", "ECUGOV", "Ecuadorian troops", "ECUMIL",
                "Tumbes", "PER")));
    }

    @Test
    void mediaAndWitnessesReportWithoutAccusing() {
        assertEquals("PERMIL>ECU:190", triples(code("Ecuadorian television said Peruvian troops attacked Machala.",
                "Ecuadorian television", "ECUMED", "Peruvian troops", "PERMIL", "Machala", "ECU")));
        // state media code as the government they speak for, but they still tell the news
        assertEquals("PERMIL>ECU:190", triples(code("Ecuadorian state media said Peruvian troops attacked Machala.",
                "Ecuadorian state media", "ECUGOV", "Peruvian troops", "PERMIL", "Machala", "ECU")));
        assertEquals("PERMIL>ECU:190", triples(code("Peruvian troops attacked Machala, Ecuadorian doctors said.",
                "Ecuadorian doctors", "ECUHLH", "Peruvian troops", "PERMIL", "Machala", "ECU")));
    }

    @Test
    void onlyAStatedActOfViolenceOrCoercionIsACharge() {
        assertEquals("PERMIL>ECU:190", triples(code("Ecuador said Peruvian troops may attack Machala.",
                "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU")));
        assertEquals("PERMIL>ECU:190", triples(code("Ecuador said Peruvian troops did not attack Machala.",
                "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU")));
        assertEquals("PERMIL>ECU:190", triples(code("Ecuador said Peruvian troops didn't attack Machala.",
                "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU")));
        // a curfew is a government's own measure, told rather than charged
        assertEquals("PER>null:1723", triples(code("Ecuador said Peru imposed a curfew in the border towns.",
                "Ecuador", "ECU", "Peru", "PER")));
        // an arrest is coercion: reported by another country, it is a charge
        assertEquals("PER>ECUCVL:173 ECU>PER:112", triples(code("Ecuador said Peru arrested Ecuadorian fishermen.",
                "Ecuador", "ECU", "Peru", "PER", "Ecuadorian fishermen", "ECUCVL")));
    }

    @Test
    void aClauseThatIsNoContentOfTheReportIsNoCharge() {
        List<EventMention> events = code("Ecuador said after Peruvian troops attacked Machala that it would "
                + "close the border.", "Ecuador", "ECU", "Peruvian troops", "PERMIL", "Machala", "ECU");
        assertTrue(events.stream().noneMatch(e -> e.code().equals("112")), triples(events));
    }

    @Test
    void anOperationAgainstArmedGroupsIsNoCharge() {
        // (the rebels, of no country named, are read as the doer's own: PERREB)
        assertEquals("PERMIL>PERREB:190", triples(code("Ecuador said Peruvian troops attacked armed rebels.",
                "Ecuador", "ECU", "Peruvian troops", "PERMIL", "armed rebels", "---REB")));
    }

    @Test
    void anExplicitAccusationIsNotRepeated() {
        // the accusation absorbs the act it is about
        assertEquals("ECU>PER:112", triples(code("Ecuador accused Peru of attacking Machala.",
                "Ecuador", "ECU", "Peru", "PER", "Machala", "ECU")));
        // an accusation in words, then the act told: one 112 from Ecuador against Peru
        List<EventMention> events = code("Ecuador accused Peru of aggression, and Ecuador said Peruvian troops "
                + "attacked Machala.", "Ecuador", "ECU", "Peru", "PER", "Peruvian troops", "PERMIL", "Machala",
                "ECU");
        assertEquals(1, events.stream().filter(e -> e.code().startsWith("112")).count(), triples(events));
    }
}
