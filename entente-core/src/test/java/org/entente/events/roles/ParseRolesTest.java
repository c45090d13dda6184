package org.entente.events.roles;

import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles read from the dependency parse (ParseRoles); every sentence is written for these tests. The parser is on by
 * default; this class still sets it on explicitly, so the tests hold whatever a run's default is.
 */
class ParseRolesTest {
    @BeforeAll
    static void parserOn() {
        System.setProperty("entente.parser", "on");
    }

    @AfterAll
    static void parserDefault() {
        System.clearProperty("entente.parser");
    }

    @Test
    void passiveAgentIsTheDoerPastARelativeClause() {
        assertEquals("PER>CHL:190", triples(code("Chile, which had been warned for weeks, was attacked by Peru.",
                "Chile", "CHL", "Peru", "PER")));
    }

    @Test
    void coordinatedSubjectsEachDoTheAct() {
        assertEquals("NOR>CHL:190 SWE>CHL:190", triples(code("Norway and Sweden attacked Chile.",
                "Norway", "NOR", "Sweden", "SWE", "Chile", "CHL")));
        // two countries' adjectives on one noun: "Norwegian" and "Swedish officials" are both sides
        assertEquals("NOR>SWEGOV:040 SWEGOV>NOR:040", triples(code("Norwegian and Swedish officials met on Monday.",
                "Norwegian", "NOR", "Swedish officials", "SWEGOV")));
    }

    @Test
    void symmetricActsBetweenCoordinatedSubjectsPairThem() {
        assertEquals("NOR>SWE:057 SWE>NOR:057", triples(code("Norway and Sweden signed an agreement.",
                "Norway", "NOR", "Sweden", "SWE")));
    }

    @Test
    void aRelativePronounStandsForItsAntecedent() {
        assertEquals("PER>CHL:190", triples(code("Sanctions were imposed on Peru, which attacked Chile last year.",
                "Peru", "PER", "Chile", "CHL")));
        // a relative clause between subject and verb neither ends nor starts the subject
        assertEquals("PERMIL>CHL:190", triples(code("Peruvian forces, who crossed the border on Monday, attacked "
                + "Chile.", "Peruvian forces", "PERMIL", "Chile", "CHL")));
        assertEquals("PER>CHL:040 PER>BOL:190", triples(code("Peru's president, who met Chile on Monday, attacked "
                + "Bolivia.", "Peru", "PER", "Chile", "CHL", "Bolivia", "BOL")));
    }

    @Test
    void anAppositionNamesTheSubjectItDescribes() {
        assertEquals("PER>CHL:190", triples(code("A close ally of Bolivia, Peru attacked Chile.",
                "Peru", "PER", "Bolivia", "BOL", "Chile", "CHL")));
        assertEquals("PER>CHL:190", triples(code("The army of Peru, a close ally of Bolivia, attacked Chile.",
                "Peru", "PER", "Bolivia", "BOL", "Chile", "CHL")));
    }

    @Test
    void aPlaceInsideTheSubjectPhraseSaysWhoseTheRoleIs() {
        // "rebels in Peru" are rebels (of Peru), not Peru
        assertEquals("PERREB>CHL:190", triples(code("Rebels in Peru attacked Chile.", "Rebels", "---REB",
                "Peru", "PER", "Chile", "CHL")));
    }

    @Test
    void reportedSpeechKeepsTheReporterApart() {
        List<EventMention> e = code("Chile said Peruvian troops attacked Bolivia.", "Chile", "CHL",
                "Peruvian troops", "PERMIL", "Bolivia", "BOL");
        assertEquals("PERMIL>BOL:190 CHL>PERMIL:112", triples(e));
        assertEquals("CHL", e.get(0).saidBy());
    }

    @Test
    void controlVerbs() {
        // the subject of "wants" does the wanted visit (coded as the intent to visit, not yet done)
        List<EventMention> e = code("Chile wants to visit Peru.", "Chile", "CHL", "Peru", "PER");
        assertEquals("CHL>PER:036", triples(e));
        assertEquals(Modality.FUTURE, e.get(0).modality());
        // "X urged Y to attack Z": X appeals to Y; the attack is not done
        assertTrue(triples(code("Chile urged Peru to attack Bolivia.", "Chile", "CHL", "Peru", "PER", "Bolivia",
                "BOL")).startsWith("CHL>PER:020"));
        // a second verb shares the first one's subject, and a mutual act after a meeting its partner
        assertEquals("PER>CHL:040 PER>CHL:057 CHL>PER:057", triples(code("Peru met Chile and signed a trade "
                + "agreement.", "Peru", "PER", "Chile", "CHL")));
    }

    @Test
    void aCoordinatedMutualActSharesTheMeetingsPartnerOnly() {
        assertEquals("PER>CHL:043 PER>CHL:057 CHL>PER:057", triples(code("Peru hosted Chile on Monday and signed a "
                + "trade agreement.", "Peru", "PER", "Chile", "CHL")));
        // the first verb is no meeting: what was criticised is no partner of the signing
        assertEquals("PER>CHL:111 PER>null:057", triples(code("Peru criticized Chile and signed a trade agreement.",
                "Peru", "PER", "Chile", "CHL")));
    }

    @Test
    void anActNamedAsTheObjectIsWhatTheVerbIsAbout() {
        // what was criticized is the bombing, by whoever did it, not the owner of the consulate
        assertEquals("CHL>null:111", triples(code("Chile criticized the bombing of Peru's consulate.",
                "Chile", "CHL", "Peru", "PER")));
        // the act's own doer is the one criticized
        assertEquals("CHL>PER:111", triples(code("Chile criticized Peru's bombing of the consulate.",
                "Chile", "CHL", "Peru", "PER")));
        // an object that is no act keeps its actor
        assertEquals("CHL>PERGOV:111", triples(code("Chile criticized the Peruvian government.",
                "Chile", "CHL", "Peruvian government", "PERGOV")));
    }
}
