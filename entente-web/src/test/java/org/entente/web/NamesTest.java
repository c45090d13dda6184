package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void countriesRolesOrganisationsRegionsAndUnknownCountries() {
        assertEquals("Russia", Names.actor("RUS", "x"));
        assertEquals("Russian government", Names.actor("RUSGOV", "x"));
        assertEquals("Chinese military", Names.actor("CHNMIL", "x"));
        assertEquals("European Union", Names.actor("IGOEUREEC", "x"));
        assertEquals("United Nations", Names.actor("IGOUNO", "x"));
        assertEquals("Africa", Names.actor("AFR", "x"));
        assertEquals("government, country unknown", Names.actor("---GOV", "x"));
        assertEquals("armed group, unnamed", Names.actor("---REB", "x"));
    }

    @Test
    void aCountrysOwnCodeIsNeverNamedAfterAnAgencyListedUnderIt() {
        // organisations.tsv lists agencies and groups under country codes; those codes keep country + role
        assertEquals("Syrian rebels", Names.actor("SYRREB", "x"));
    }

    @Test
    void unknownCodesKeepTheFallback() {
        assertEquals("seen name", Names.actor("ZZZQQQ", "seen name"));
        assertEquals(null, Names.actor(null, null));
    }
}
