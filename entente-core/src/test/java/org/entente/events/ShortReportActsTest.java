package org.entente.events;

import static org.entente.events.BundledPatternsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.entente.events.syntax.Words;
import org.junit.jupiter.api.Test;

/**
 * Conflict acts and non-political doers of short reports (session 9, branch shorts2). Sentences written for these
 * tests; actors hand-made.
 */
class ShortReportActsTest {
    @Test
    void aClashToldByItsOutbreakIsCodedBetweenItsSides() {
        String events = code("Clashes broke out between Peruvian police and demonstrators in Lima on Sunday.",
                "Peruvian police", "PERCOP", "demonstrators", "PEROPP");
        assertTrue(events.contains("PERCOP>PEROPP:1"), events);
        assertEquals("", code("Clashes broke out on Sunday.", "Peruvian police", "PERCOP"));
    }

    @Test
    void aCountryAdjectiveDescribingAMarketOrAnAthleteIsNoDoer() {
        assertEquals("", code("Thai share prices fell on Monday on fears of higher Japanese interest rates.",
                "Thai", "THA", "Japanese", "JPN"));
        assertEquals("", code("A Kenyan runner took aim at the Ethiopian champion in the final.",
                "Kenyan", "KEN", "Ethiopian", "ETH"));
        // a firm or a celebrity the country adjective describes, the head written in lower case however tagged
        assertEquals("", code("The Dutch electronics giant Philips agreed to pay a fine to Brazil.",
                "Dutch", "NLD", "Brazil", "BRA"));
        assertEquals("", code("Canadian flag-carrier Air Canada snubbed Boeing for a European rival.",
                "Canadian", "CAN", "European", "EUR"));
        assertEquals("", code("A Brazilian actress praised Nelson Mandela in her speech.",
                "Brazilian", "BRA", "Nelson Mandela", "ZAFGOV"));
        // an unnamed man is no private doer to drop: his attack is told with its doer unnamed
        assertFalse(code("An Afghan man blew himself up at a police checkpoint in Kandahar.",
                "Afghan", "AFG", "police", "AFGCOP", "Kandahar", "AFG").isEmpty());
        // a role or a name is a political doer, whatever follows
        assertFalse(code("The Thai government criticised Japan on Monday.", "Thai government", "THAGOV",
                "Japan", "JPN").isEmpty());
    }

    @Test
    void aOneSyllableVerbThatDoublesGivesNoOtherVerbsForms() {
        Set<String> rap = Words.forms("rap");
        assertTrue(rap.contains("rapped"), rap.toString());
        assertFalse(rap.contains("raped"), rap.toString()); // "rape"
        assertFalse(Words.forms("plan").contains("planed"));
        assertTrue(Words.forms("visit").contains("visited")); // two syllables: no doubling
        assertTrue(Words.forms("ban").contains("banned"));
    }

    // session 11, branch shorts4: sentences written for these tests

    @Test
    void aTrialWithNoCourtNamedIsTheCourtsOfItsPlaceOrOfTheOneTried() {
        String events = code("The trial of six Peruvian officers opened in Lima on Monday.",
                "Peruvian officers", "PERMIL", "Lima", "PER");
        assertTrue(events.contains("PERJUD>PERMIL:173"), events);
        events = code("The trial of six Peruvian officers was adjourned on Monday.", "Peruvian officers", "PERMIL");
        assertTrue(events.contains("PERJUD>PERMIL:173"), events);
        // only a court tries: an arrest's noun names no doer
        assertFalse(code("The arrest of six Peruvian officers was reported on Monday.",
                "Peruvian officers", "PERMIL").contains("PERJUD"));
    }

    @Test
    void aHyphenatedPatternWordMatchesTheTokensItIsCutInto() {
        String events = code("Peruvian veterans staged a sit-in outside the Chilean embassy in Lima.",
                "Peruvian veterans", "PERCVL", "Chilean embassy", "CHLGOV");
        assertTrue(events.contains("PERCVL>CHLGOV:141"), events);
    }

    @Test
    void riotsToldByTheirOutbreakAreTheCrowdOfThePlace() {
        String events = code("Riots erupted in Lima on Monday after the vote.", "Lima", "PER");
        assertTrue(events.contains("PERCVL>") && events.contains(":145"), events);
        assertFalse(code("Riot police broke up the crowd in Lima on Monday.", "Lima", "PER").contains(":145"));
    }
}
