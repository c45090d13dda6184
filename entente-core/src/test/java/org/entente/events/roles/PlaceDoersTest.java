package org.entente.events.roles;

import org.entente.events.roles.PlaceDoers;

import static org.entente.events.BundledPatternsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Unnamed doers the clause places (rule place-doer, {@link PlaceDoers}). Sentences written for these tests; actors
 * hand-made ("---COP" is a bare role word, as the recognizer gives for "police").
 */
class PlaceDoersTest {
    @Test
    void aRoleWordSubjectTakesTheCountryOfThePlace() {
        assertEquals("PERCOP>PEROPP:173", code("Police arrested five protesters in Lima on Tuesday.",
                "Police", "---COP", "protesters", "---OPP", "Lima", "PER"));
        assertEquals("PERMIL>PERCVL:1821", code("Soldiers raped two villagers in a village near Lima.",
                "Soldiers", "---MIL", "villagers", "---CVL", "Lima", "PER"));
    }

    @Test
    void aPlaceAfterAPlacedRoleWordObjectIsTheActsPlace() {
        // the recognizer gave "women" the country of the place after it: the act stands there too
        assertEquals("PERMIL>PERCVL:1821", code("Soldiers raped two women in a village near Lima.",
                "Soldiers", "---MIL", "women", "PERCVL@role", "Lima", "PER"));
        // a named state as the object says nothing of where the doer stands
        assertEquals("---REB>PERMIL:190", code("Insurgents attacked the Peruvian army in Lima on Monday.",
                "Insurgents", "---REB", "Peruvian army", "PERMIL", "Lima", "PER"));
        // the object's country is not the place's: the doer is not placed there
        assertFalse(code("Soldiers raped two women in a village near Lima.",
                "Soldiers", "---MIL", "women", "CHLCVL@role", "Lima", "PER").contains("PERMIL"));
    }

    @Test
    void aPlacePhraseOpeningTheSentenceCounts() {
        assertEquals("PERCOP>PEROPP:173", code("In Lima on Tuesday, police arrested five protesters.",
                "police", "---COP", "protesters", "---OPP", "Lima", "PER"));
        // an actor that is no place in the opening phrase: no place
        assertEquals("", code("In talks with Chile, police arrested five protesters.",
                "police", "---COP", "protesters", "---OPP", "Chile", "CHL"));
    }

    @Test
    void anUnnamedArmedGroupTakesTheCountryOfThePlace() {
        assertEquals("PERREB>PERMIL:190", code("The Peruvian army was attacked by insurgents in Lima on Monday.",
                "insurgents", "---REB", "Peruvian army", "PERMIL", "Lima", "PER"));
        // an actor object before the place: the place phrase may say where the object is, not the doer's country
        assertEquals("---REB>PERMIL:190", code("Insurgents attacked the Peruvian army in Lima on Monday.",
                "Insurgents", "---REB", "Peruvian army", "PERMIL", "Lima", "PER"));
        // no place: the armed group of no country stays the doer, as before
        assertEquals("---REB>PERMIL:190", code("Insurgents attacked the Peruvian army on Monday.",
                "Insurgents", "---REB", "Peruvian army", "PERMIL"));
    }

    @Test
    void aPassiveArrestWithoutDoerIsThePlacesPolice() {
        assertEquals("PERCOP>PEROPP:173", code("The opposition leader was arrested in Lima on Friday.",
                "opposition leader", "---OPP", "Lima", "PER"));
        // a court passes a sentence (events/place-doers.tsv)
        assertEquals("PERJUD>PEROPP:116", code("Two activists were convicted in Lima on Tuesday.",
                "activists", "---OPP", "Lima", "PER"));
    }

    @Test
    void aPassiveBombingKeepsItsTargetWithANullSource() {
        // the news often does not know who set off a bomb: the act is told all the same (events/place-doers.tsv)
        assertEquals("null>PERLEG:1832", code("A Peruvian lawmaker was killed in a car bomb blast on Monday.",
                "Peruvian lawmaker", "PERLEG"));
        assertEquals("null>PERMIL:1833", code("Two Peruvian soldiers were wounded by a roadside bomb.",
                "Peruvian soldiers", "PERMIL"));
    }

    @Test
    void aPassiveKillingKeepsAStateOrArmedTargetWithANullSource() {
        // soldiers, officials, rebels killed by someone the report does not name: the act is told all the same
        assertEquals("null>PERLEG:190", code("A Peruvian lawmaker was killed on Monday.", "Peruvian lawmaker", "PERLEG"));
        assertEquals("null>PERMIL:190", code("Three Peruvian soldiers were killed in an ambush.",
                "Peruvian soldiers", "PERMIL"));
        // people with no state or armed role: an avalanche kills too, the doer stays needed
        assertEquals("", code("Two Peruvian tourists were killed in an avalanche.", "Peruvian tourists", "PERCVL"));
    }

    @Test
    void aPassiveArrestPlacedNowhereKeepsItsTargetWithANullSource() {
        // the report tells the arrest, not who made it (events/place-doers.tsv, column unplaced)
        assertEquals("null>PEROPP:173", code("A Peruvian opposition leader was arrested on Friday.",
                "Peruvian opposition leader", "PEROPP"));
        assertEquals("null>PERMED:173", code("Three Peruvian journalists have been charged with sedition.",
                "Peruvian journalists", "PERMED"));
        // a participle describing its noun tells who the person is, not the report's act
        assertEquals("", code("The Peruvian opposition leader jailed over a year ago met the press.",
                "Peruvian opposition leader", "PEROPP"));
        // a target of no country gives an event of no dyad: still dropped
        assertEquals("", code("Two activists were arrested on Friday.", "activists", "---OPP"));
        // an arrest expected, feared or wished is not told as done: no event without its doer
        assertEquals("", code("A Peruvian opposition leader would soon be arrested, aides feared.",
                "Peruvian opposition leader", "PEROPP"));
        assertEquals("", code("Three Peruvian soldiers are expected to be killed in the offensive.",
                "Peruvian soldiers", "PERMIL"));
        // an expulsion placed nowhere keeps needing its doer (unplaced: drop)
        assertEquals("", code("A Peruvian diplomat was expelled on Friday.", "Peruvian diplomat", "PERGOV"));
    }

    @Test
    void noPlaceOrAnotherActorFirstGivesNoDoer() {
        assertEquals("", code("Police arrested five smugglers on Tuesday.", "Police", "---COP",
                "smugglers", "---CRM"));
        // a passive act that does not say its doer (an attack) gets none from the place
        assertEquals("", code("Two villagers were attacked in Lima on Friday.", "villagers", "---CVL",
                "Lima", "PER"));
        // one of several places is no one place (the arrest keeps its target, its doer unnamed); a participle
        // describing people is no act of theirs
        assertEquals("null>PEROPP:173", code(
                "Two Peruvian activists were charged in Lima, Cusco and Osorno on Friday.",
                "Peruvian activists", "PEROPP", "Lima", "PER", "Cusco", "PER", "Osorno", "CHL"));
        // a visit's or meeting's place is where the doer went, not where it is from
        assertEquals("", code("The refugees arrived in Lima on Friday.", "refugees", "---REF", "Lima", "PER"));
        // firms and the media work abroad: the place says nothing of their country
        assertEquals("", code("The firm criticised the new tax in Lima.", "firm", "---BUS", "Lima", "PER"));
    }

    @Test
    void passiveDoerRolesComeFromTheTable() {
        PlaceDoers table = PlaceDoers.standard();
        assertEquals("COP", table.passiveDoerRole("1731"));
        assertEquals("GOV", table.passiveDoerRole("1711"));
        assertEquals("JUD", table.passiveDoerRole("116"));
        assertEquals(PlaceDoers.UNNAMED, table.passiveDoerRole("1832"));
        assertEquals(PlaceDoers.UNNAMED, table.unplacedRule("1731"));
        assertEquals("drop", table.unplacedRule("1711"));
        assertEquals(PlaceDoers.UNNAMED_STATE, table.unplacedRule("190"));
        assertEquals(PlaceDoers.UNNAMED, table.unplacedRule("1832"));
        assertEquals("drop", table.unplacedRule("042"));
        assertEquals(PlaceDoers.UNNAMED, table.passiveDoerRole("190"));
        assertNull(table.passiveDoerRole("042"));
    }
}
