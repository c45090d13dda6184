package org.entente.events.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An arrest or detention that names no doer was done by the state of the people taken, when they are its own
 * non-state people (ImpliedDoers). Sentences written for these tests.
 */
class ImpliedDoersTest {
    private static String code(String text, String... namesAndCodes) {
        return RolesTest.triples(RolesTest.code(text, namesAndCodes));
    }

    @Test
    void theArrestOfACountrysOppositionIsItsGovernments() {
        assertEquals("CHL>PERGOV:111", code("Chile criticized the arrest of Peruvian opposition leaders.",
                "Chile", "CHL", "Peruvian opposition leaders", "PEROPP"));
        assertEquals("CHL>PERGOV:111", code("Chile criticized the arrest of Peru's opposition leaders.",
                "Chile", "CHL", "Peru's opposition leaders", "PEROPP"));
    }

    @Test
    void armedMenOrANamedDoerImplyNoState() {
        // soldiers or rebels may be taken by anyone: no doer is implied
        assertEquals("CHL>null:111", code("Chile criticized the arrest of Peruvian soldiers.", "Chile", "CHL",
                "Peruvian soldiers", "PERMIL"));
        // a named doer is the doer
        assertEquals("CHL>BOL:111", code("Chile criticized the arrest of Peruvian opposition leaders by Bolivia.",
                "Chile", "CHL", "Peruvian opposition leaders", "PEROPP", "Bolivia", "BOL"));
    }
}
