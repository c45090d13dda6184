package org.entente.events.matching;

import org.entente.events.model.DataTable;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Senses of a trigger that are no act (events/senses.tsv, rule word-sense) and acts with no political side (rule
 * business-only). All sentences are written for these tests.
 */
class WordSensesTest {
    @Test
    void aGoalOrForecastMetIsNoMeeting() {
        assertEquals("", triples(code("The Peruvian government met its deficit targets in March.",
                "Peruvian government", "PERGOV")));
        assertEquals("", triples(code("Peruvian exports failed to meet expectations.", "Peruvian", "PER")));
        // a person met is a meeting
        assertEquals("PERGOV>CHLGOV:040", triples(code("The Peruvian government met the Chilean government.",
                "Peruvian government", "PERGOV", "Chilean government", "CHLGOV")));
    }

    @Test
    void theMarketsDemandIsNoDemand() {
        assertEquals("", triples(code("Chilean demand for copper rose in May.", "Chilean", "CHL")));
        // a government demanding is a demand
        assertTrue(triples(code("The Chilean government demanded talks.", "Chilean government", "CHLGOV"))
                .startsWith("CHLGOV>"));
    }

    @Test
    void aWeaponKindIsNoAttackAndACapabilityNoAct() {
        // the noun "attack" modifying "helicopters" names an aircraft
        assertEquals("", triples(code("The Chilean army bought attack helicopters from Peru.",
                "Chilean army", "CHLMIL", "Peru", "PER")));
        // "capable of attacking": what a force can do, not what it did
        assertEquals("", triples(code("The Chilean navy is capable of attacking Peru.",
                "Chilean navy", "CHLMIL", "Peru", "PER")));
        assertEquals("CHLMIL>PER:190", triples(code("The Chilean navy attacked Peru.",
                "Chilean navy", "CHLMIL", "Peru", "PER")));
    }

    @Test
    void aFirmShowingAProductDoesNotDemonstrate() {
        assertEquals("", triples(code("The Chilean firm Andes demonstrated its new phone in Lima.",
                "Chilean firm Andes", "CHLBUS")));
    }

    @Test
    void firmsAmongThemselvesAreNoEventButAStateActingOnAFirmIs() {
        assertEquals("", triples(code("The Chilean firm Andes signed an agreement with the Peruvian firm Inca.",
                "Chilean firm Andes", "CHLBUS", "Peruvian firm Inca", "PERBUS")));
        assertTrue(triples(code("The Peruvian government signed an agreement with the Chilean firm Andes.",
                "Peruvian government", "PERGOV", "Chilean firm Andes", "CHLBUS")).contains("PERGOV>CHLBUS:057"));
    }

    @Test
    void malformedRowsNameTheirLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordSenses.load(List.of(
                new DataTable.Row("/events/senses.tsv", 7, new String[] {"meet", "colour", "target"}))));
        assertTrue(e.getMessage().contains("senses.tsv:7"), e.getMessage());
        assertFalse(WordSenses.load(DataTable.read(WordSenses.RESOURCE)).isEmpty());
    }
}
