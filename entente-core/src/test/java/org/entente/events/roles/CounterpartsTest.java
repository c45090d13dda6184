package org.entente.events.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A counterpart holds the doer's office in another country (rule counterpart). Sentences written for these tests. */
class CounterpartsTest {
    private static String code(String text, String... namesAndCodes) {
        return RolesTest.triples(RolesTest.code(text, namesAndCodes));
    }

    @Test
    void aCounterpartTakesTheDoersRoleInItsOwnCountry() {
        assertEquals("CHLGOV>PERGOV:040", code("The Chilean foreign minister met his Peruvian counterpart on Friday.",
                "Chilean foreign minister", "CHLGOV", "Peruvian", "PER"));
        // an army chief's counterpart is the other army's chief
        assertEquals("CHLMIL>PERMIL:040", code("The Chilean army chief met his Peruvian counterpart on Friday.",
                "Chilean army chief", "CHLMIL", "Peruvian", "PER"));
    }

    @Test
    void noRoleToShareOrNoCounterpartLeavesTheTarget() {
        // a doer named only by its country has no office to share
        assertEquals("CHL>PER:040", code("Chile met its Peruvian counterpart on Friday.", "Chile", "CHL",
                "Peruvian", "PER"));
        // a country adjective before another noun is not a counterpart
        assertEquals("CHLGOV>PER:040", code("The Chilean foreign minister met Peruvian farmers on Friday.",
                "Chilean foreign minister", "CHLGOV", "Peruvian", "PER"));
    }
}
