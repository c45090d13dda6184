package org.entente.events.matching;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One act told twice, or an act that is only the ground of another; every sentence is written for these tests. */
class RetoldActsTest {
    @Test
    void theGroundsOfAnArrestAreNoSecondAct() {
        assertEquals("NOR>SWE:173", triples(code("Norway arrested two Swedes in Bergen on Monday over last year's bombing of Chile's embassy.",
                "Norway", "NOR", "Swedes", "SWE", "Chile", "CHL")));
        // a circumstance is no ground: the raid stays
        assertEquals("NOR>SWE:173 NOR>CHL:183", triples(code(
                "Norway arrested two Swedes in Bergen on Monday during last year's bombing of Chile's embassy.",
                "Norway", "NOR", "Swedes", "SWE", "Chile", "CHL")));
        // nor is the main verb after a reduced relative: the release is what happened
        assertEquals("0841", code("The Swedes arrested for spying were released by Norway.",
                "Norway", "NOR", "Swedes", "SWE").get(0).code());
    }
}
