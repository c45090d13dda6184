package org.entente.actors;

import static org.entente.actors.ActorRecognizerTest.codes;
import static org.entente.actors.ActorRecognizerTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare surname or acronym names the dictionary's entity only where the rest of the article backs it. */
class ShortFormsTest {
    @Test
    void anotherGivenNameMeansAnotherPerson() {
        // a bakery owner who shares the Turkish president's surname, in a text with no other country
        List<ActorMention> ms = run("Selim Erdogan opened a bakery on Friday. Mr Erdogan said bread sold out.",
                "2020-03-06");
        assertTrue(ms.stream().noneMatch(m -> "person".equals(m.kind())), () -> codes(ms));
    }

    @Test
    void theFullNameInTheArticleDecidesWhichBearer() {
        // two dictionary people named Herzog; the article names the German one in full
        assertEquals("Roman Herzog=DEUELI, Herzog=DEUELI",
                codes(run("Roman Herzog once led his country. Herzog spoke often of duty.", "2023-04-02")));
        // and without the full name the date's office holder stands
        assertEquals("Herzog=ISRGOV", codes(run("Herzog spoke often of duty.", "2023-04-02")));
    }

    @Test
    void aSurnameUsedAsAGivenNameOrModifierIsNoPerson() {
        assertEquals("", codes(run("Merkel Square was crowded by noon.", "2010-06-01")));
    }

    @Test
    void aFamousLeaderInAnArticleAboutHisCountryStays() {
        List<ActorMention> ms = run("Turkey rejected the offer. Erdogan said the terms were unfair.", "2016-02-01");
        assertEquals("Turkey=TUR, Erdogan=TURGOV", codes(ms));
        assertTrue(ms.get(1).source().matches("people\\.tsv:\\d+"), ms.get(1).source());
        // a text naming no country gives nothing to go against
        assertEquals("Erdogan=TURGOV", codes(run("Erdogan said the terms were unfair.", "2016-02-01")));
    }

    @Test
    void aSurnameInAnArticleAboutOtherCountriesNeedsATitleHeHeld() {
        // (the fans take the country of the place they are in: PlacedRoles)
        assertEquals("Fans=BRACVL, Brazil=BRA",
                codes(run("Fans in Brazil cheered. Erdogan scored twice for the home side.", "2016-02-01")));
        // one sentence is no article: a headline about a leader and another country keeps the leader
        assertEquals("Erdogan=TURGOV, Brazil=BRA", codes(run("Erdogan ordered an inquiry into Brazil.", "2016-02-01")));
        assertEquals("Canada=CAN, President Erdogan=TURGOV",
                codes(run("Canada will host President Erdogan next week.", "2016-02-01")));
        // a title he never held: the title codes the phrase, the name is only its evidence
        assertEquals("Brazil=BRA, Judge Erdogan=---JUD",
                codes(run("In Brazil, Judge Erdogan ruled on the case.", "2016-02-01")));
    }

    @Test
    void aPlaceGluedToADroppedSurnameWasPartOfTheName() {
        assertEquals("Brazil=BRA",
                codes(run("The show toured Brazil. The singer Lima Erdogan performed at the end.", "2016-02-01")));
    }

    @Test
    void anAcronymTakesTheCountryTheArticleNames() {
        assertEquals("Lahore=PAKCVL, PPP=PAKPTY",
                codes(run("In Lahore the PPP held a rally on Sunday.", "2019-01-13")));
        assertEquals("Voters=IDNCVL, Indonesia=IDN",
                codes(run("Voters in Indonesia go to the polls soon. The PPP held rallies on Sunday.", "2019-01-13")));
        // a company's short name is its brand: no country needed
        assertEquals("Chile=CHL, BMW=DEUBUS", codes(run("Chile bought cars from BMW last year.", "2019-01-13")));
    }

    @Test
    void anInitialismSpelledOutAsAnotherNameIsThatName() {
        // the article spells "ICJ" out as a commission of lawyers: not the International Court of Justice
        List<ActorMention> ms = run("The International Commission of Jurists (ICJ) criticised the new law. "
                + "The ICJ said judges had lost their independence.", "2010-04-01");
        assertTrue(ms.stream().noneMatch(m -> "IGOUNOJUD".equals(m.code())), ActorRecognizerTest.codes(ms));
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("ICJ")
                && m.entityId().equals("org:international-commission-of-jurists")), ActorRecognizerTest.codes(ms));
        // spelled out as the dictionary's own body, or not spelled out at all, it stays the court
        List<ActorMention> court = run("The International Court of Justice (ICJ) heard the border case. "
                + "The ICJ will rule next year.", "2010-04-01");
        assertTrue(court.stream().filter(m -> m.text().equals("ICJ")).allMatch(m -> "IGOUNOJUD".equals(m.code())),
                ActorRecognizerTest.codes(court));
        assertEquals("IGOUNOJUD", run("The ICJ heard the case. Both states sent lawyers.", "2010-04-01").get(0).code());
        // a row that never says what its initials stand for keeps them
        List<ActorMention> isaf = run("The International Security Assistance Force (ISAF) sent troops. "
                + "ISAF troops backed Afghan police.", "2006-12-17");
        assertTrue(isaf.stream().anyMatch(m -> m.text().startsWith("ISAF") && m.code().startsWith("IGOWSTNAT")),
                ActorRecognizerTest.codes(isaf));
        // the row's own full name in a spelling the dictionary lacks is still the row's body
        List<ActorMention> opec = run("Ministers of the Organisation of Petroleum Exporting Countries met. "
                + "OPEC kept output steady.", "2010-04-01");
        assertTrue(opec.stream().anyMatch(m -> m.text().equals("OPEC") && "IGOBUSOPC".equals(m.code())),
                ActorRecognizerTest.codes(opec));
    }

    @Test
    void aDemonymAndARoleWordAreNoNamedGroup() {
        // "Syrian rebels" is Syria's rebels, not one of the armed groups the dictionary names
        ActorMention m = run("Syrian rebels shelled the town.", "2015-06-01").get(0);
        assertEquals("SYRREB", m.code());
        assertEquals("country:SYR:REB", m.entityId());
    }

    @Test
    void ofTwoBearersNamedInFullTheNearestBeforeIsMeant() {
        String text = "Michael Howard spoke in London. John Howard replied from Canberra. Howard said more talks "
                + "were needed.";
        List<ActorMention> ms = run(text, "2004-06-01");
        assertEquals("AUSGOV", ms.stream().filter(m -> m.text().equals("Howard")).findFirst().orElseThrow().code(),
                () -> codes(ms));
    }

    @Test
    void ofTwoSupportedBearersTheCountryNamedMostWins() {
        // both countries are named; the article is about Britain, so its Howard is Britain's opposition leader
        String text = "Britain's voters go to the polls. The British economy grew and British schools improved. "
                + "Australia was mentioned once. Howard said the Tories would win.";
        List<ActorMention> ms = run(text, "2004-06-01");
        assertEquals("GBROPP", ms.stream().filter(m -> m.text().equals("Howard")).findFirst().orElseThrow().code(),
                () -> codes(ms));
    }

    @Test
    void aSurnameAloneIsNoOneWhoseOfficeBeginsAfterTheArticle() {
        // the refugee agency's future head shares the surname of a spokesman in an older article
        String text = "Aid reached the camps in Chad. A spokesman, Grandi, said more food was coming.";
        List<ActorMention> ms = run(text, "2006-05-01");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Grandi")), () -> codes(ms));
        // in office by the article's date, the same words name him where the article backs it
        assertTrue(run("The UN refugee agency sent aid to Chad. A spokesman, Grandi, said more food was coming.",
                "2017-05-01").stream().anyMatch(m -> m.text().equals("Grandi") && m.code().equals("IGOUNOREFGOV")));
    }

    @Test
    void aOneWordBodyOfSeveralCountriesFollowsTheArticle() {
        String india = "India's parliament met in New Delhi. Indian ministers spoke. Congress walked out of the vote.";
        assertEquals("INDPTY", run(india, "2005-03-01").stream().filter(m -> m.text().equals("Congress"))
                .findFirst().orElseThrow().code());
        String us = "The US budget reached Washington. American senators spoke. Congress passed it on Friday.";
        assertEquals("USALEG", run(us, "2005-03-01").stream().filter(m -> m.text().equals("Congress"))
                .findFirst().orElseThrow().code());
        // an article about a third country: neither the US legislature nor India's party
        String peru = "Peru's president spoke in Lima. Peruvian voters were angry. Congress rejected the budget.";
        assertTrue(run(peru, "2005-03-01").stream().noneMatch(m -> "Congress".equals(m.text())
                && ("USALEG".equals(m.code()) || "INDPTY".equals(m.code()))));
    }
}
