package org.entente.events.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** People named by their nationality are their country's civilians (rule country-people). Written sentences. */
class NationalsTest {
    private static String code(String text, String... namesAndCodes) {
        return RolesTest.triples(RolesTest.code(text, namesAndCodes));
    }

    @Test
    void aNationalityUsedAsANounIsThatCountrysCivilians() {
        assertEquals("CHLCOP>PERCVL:173", code("Chilean police arrested a Peruvian near the border.",
                "Chilean police", "CHLCOP", "Peruvian", "PER@demonym"));
        assertEquals("CHLCOP>PERCVL:173", code("Chilean police arrested a Peruvian man near the border.",
                "Chilean police", "CHLCOP", "Peruvian", "PER@demonym"));
        assertEquals("CHLCOP>PERCVL:173", code("Chilean police arrested three Peruvians near the border.",
                "Chilean police", "CHLCOP", "Peruvians", "PER@people"));
    }

    @Test
    void anUncountedPluralIsPeopleOnlyWhenTheActIsDoneToBodies() {
        // a call on a people, talks with its officials: the country
        assertEquals("CHL>PER:111", code("Chile criticized the Peruvians for the delay.", "Chile", "CHL",
                "Peruvians", "PER@people"));
        assertEquals("CHL>PERCVL:111", code("Chile criticized hundreds of Peruvians for the delay.", "Chile",
                "CHL", "Peruvians", "PER@people"));
    }

    @Test
    void aNationalityBeforeANounOrACountryStaysTheCountry() {
        assertEquals("CHL>PER:111", code("Chile criticized the Peruvian decision.", "Chile", "CHL",
                "Peruvian", "PER@demonym"));
        assertEquals("CHL>PER:111", code("Chile criticized Peru.", "Chile", "CHL", "Peru", "PER"));
    }
}
