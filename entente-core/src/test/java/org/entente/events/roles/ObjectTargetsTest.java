package org.entente.events.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Targets from complement clauses, deeper object phrases and the doer's own people. All sentences are written for
 * these tests. "---REB"-style codes stand for the recognizer's bare role words ("rebels", "protesters").
 */
class ObjectTargetsTest {
    private static String code(String text, String... namesAndCodes) {
        return RolesTest.triples(RolesTest.code(text, namesAndCodes));
    }

    @Test
    void theSubjectOfADemandedClauseIsTheTarget() {
        assertEquals("CHL>PER:100", code("Chile demanded that Peru lift the blockade.", "Chile", "CHL",
                "Peru", "PER"));
        // a clause after a comma is no complement of the demand
        assertEquals("CHL>null:100", code("Chile demanded a new vote on Monday, and said that Peru would answer.",
                "Chile", "CHL", "Peru", "PER"));
    }

    @Test
    void theSubjectOfAThreatsConditionIsTheTarget() {
        assertEquals("CHL>PER:1322", code("Chile threatened to ban fishing in its waters unless Peru pays its debts.",
                "Chile", "CHL", "Peru", "PER"));
        // a condition with no actor leaves the threat without target
        assertEquals("CHL>null:1322", code("Chile threatened to ban fishing unless prices fall.", "Chile", "CHL"));
    }

    @Test
    void aNamedActorDeeperInTheObjectPhrase() {
        assertEquals("CHL>PER:154", code("Chile mobilized its reservists for a possible war against Peru.",
                "Chile", "CHL", "Peru", "PER"));
        // a foreign place after "in" is where it happens, not whom it is aimed at
        assertEquals("CHL>null:1723", code("Chile imposed a curfew in Lima on Monday.", "Chile", "CHL",
                "Lima", "PER"));
    }

    @Test
    void anUnnamedOfficeActedOnAbroadIsTheHostCountrys() {
        // the doer acts in another country: the mayor it arrests is that country's
        assertEquals("CHLMIL>PERGOV:173", code("Chilean troops in Peru arrested the mayor on Monday.",
                "Chilean troops", "CHLMIL", "Peru", "PER", "mayor", "---GOV"));
        // at home, the doer's own
        assertEquals("CHLMIL>CHLGOV:173", code("Chilean troops in Santiago arrested the mayor on Monday.",
                "Chilean troops", "CHLMIL", "Santiago", "CHL", "mayor", "---GOV"));
        // a named place abroad is no act on its civilians ("signed a deal in C")
        assertEquals("CHL>null:1723", code("Chile imposed a curfew in Lima on Monday.", "Chile", "CHL",
                "Lima", "PER"));
    }

    @Test
    void anUnnamedDomesticGroupIsTheDoersOwnPeople() {
        assertEquals("CHLGOV>CHLREB:080", code("The Chilean government accepted a demand from rebels.",
                "Chilean government", "CHLGOV", "rebels", "---REB"));
        assertEquals("CHLCOP>CHLOPP:193", code("Chilean police opened fire to disperse protesters.",
                "Chilean police", "CHLCOP", "protesters", "---OPP"));
        // a named owner says whose they are
        assertEquals("CHLGOV>PERREB:080", code("The Chilean government accepted a demand from rebels in Peru.",
                "Chilean government", "CHLGOV", "rebels", "---REB", "Peru", "PER"));
        // the same body is no dyad; an agent ("by police") acts with the doer; own troops are instruments
        assertEquals("CHLGOV>null:080", code("The Chilean government accepted a demand from the government.",
                "Chilean government", "CHLGOV", "government", "---GOV"));
        assertEquals("CHL>null:1723", code("Chile imposed a curfew enforced by police.", "Chile", "CHL",
                "police", "---COP"));
        assertEquals("CHL>null:154", code("Chile mobilized reservists and troops.", "Chile", "CHL",
                "troops", "---MIL"));
        // "foreign" people, or an unknown organisation's ("XYZ officials"), are not the doer's own
        assertEquals("CHLGOV>null:080", code("The Chilean government accepted a demand from foreign rebels.",
                "Chilean government", "CHLGOV", "foreign rebels", "---REB"));
        assertEquals("CHLGOV>null:080", code("The Chilean government accepted a demand from XYZ officials.",
                "Chilean government", "CHLGOV", "officials", "---GOV"));
        // a doer with no country of its own has no "own people"
        assertEquals("IGOUNO>null:080", code("The United Nations accepted a demand from rebels.",
                "United Nations", "IGOUNO", "rebels", "---REB"));
    }

    @Test
    void forcesAreATargetOnlyAsTheOtherSide() {
        assertEquals("CHLREB>CHLMIL:107", code("Chilean rebels demanded a truce with forces on Monday.",
                "Chilean rebels", "CHLREB", "forces", "---MIL"));
        // the place they are in says whose they are
        assertEquals("CHL>PERMIL:107", code("Chile demanded a truce with forces in Peru.", "Chile", "CHL",
                "forces", "---MIL", "Peru", "PER"));
    }

    @Test
    void theObjectOfAControlVerbIsTheTargetOfWhatItIsMadeToDo() {
        assertEquals("CHLGOV>CHLOPP:1721", code("The Chilean government ordered the opposition paper El Diario to "
                + "suspend publication.", "Chilean government", "CHLGOV", "opposition paper El Diario", "---OPP"));
        // "want" is no command: the paper would suspend, and it is no known actor (ControlVerbs)
        assertEquals("", code("The Chilean government wanted the opposition paper El Diario to "
                + "suspend publication.", "Chilean government", "CHLGOV", "opposition paper El Diario", "---OPP"));
    }

    @Test
    void sidesOfAMutualMeetingAreEachOthersTargets() {
        // "X and Y met": no target is looked for further on; the sides pair up
        assertEquals("FRA>DEU:040 DEU>FRA:040", code("France and Germany met on Monday to discuss aid to Spain.",
                "France", "FRA", "Germany", "DEU", "Spain", "ESP"));
    }

    @Test
    void aPlaceOfTheDoersOwnCountryMakesItsCiviliansTheTarget() {
        assertEquals("CHLGOV>CHLCVL:1723", code("Chilean authorities imposed a curfew in Osorno.",
                "Chilean authorities", "CHLGOV", "Osorno", "CHL"));
        // a verb without object: the place is only where it happened
        assertEquals("CHLREB>null:0871", code("Chilean rebels surrendered last week in Osorno.",
                "Chilean rebels", "CHLREB", "Osorno", "CHL"));
    }

    @Test
    void participlesAsAdjectivesAndReducedRelatives() {
        // "neighbouring", "war-torn" modify the actor; the preposition before them still governs it
        assertEquals("CHL>PER:0356", code("Chile is willing to withdraw its troops from neighbouring Peru.",
                "Chile", "CHL", "Peru", "PER"));
        assertEquals("CHL>PER:0356", code("Chile is willing to withdraw its troops from war-torn Peru.",
                "Chile", "CHL", "Peru", "PER"));
        // "methods used against X": X belongs to the participle's own predication, not to the hearing
        assertEquals("CHL>null:090", code("Chile opened a hearing into the methods used against Peruvian sailors.",
                "Chile", "CHL", "Peruvian sailors", "PERCVL"));
    }

    @Test
    void aProtestIsAimedAtTheAuthoritiesOfItsPlace() {
        assertEquals("KENAGR>KENGOV:141", code("Kenyan farmers marched on Tuesday.", "Kenyan farmers", "KENAGR"));
        assertEquals("KENAGR>PERGOV:141", code("Kenyan farmers marched in Lima on Tuesday.",
                "Kenyan farmers", "KENAGR", "Lima", "PER"));
    }

    @Test
    void aRoleWordTiedToANamedCountryFillsTheTargetSlot() {
        // "help +": the slot reaches over "the three arrested" to "activists from Iran", Iran's opposition; the
        // participle describes them and is no "arrest +" of Canada's
        assertEquals("CAN>IRNOPP:070", code("Canada helped the three arrested activists from Iran.", "Canada", "CAN",
                "activists", "---OPP", "Iran", "IRN"));
        assertEquals("CAN>IRNOPP:070", code("Canada helped activists in Iran on Monday.", "Canada", "CAN",
                "activists", "---OPP", "Iran", "IRN"));
        // a participle the tagger calls an adjective after a determiner is no verb: no "exile +" here
        assertEquals("CAN>IRNOPP:070", code("Canada helped the two exiled activists from Iran.", "Canada", "CAN",
                "activists", "---OPP", "Iran", "IRN"));
    }

    @Test
    void aDateNumberBeforeAVerbIsNoDeterminer() {
        // "on March 5 arrested" is a verb after a date, not "5 arrested activists"
        assertEquals("CHL>PER:173", code("Chile on March 5 arrested Peru's consul.", "Chile", "CHL", "Peru", "PER"));
    }
}
