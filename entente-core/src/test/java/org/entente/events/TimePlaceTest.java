package org.entente.events;

import org.entente.events.roles.RolesTest;

import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Event dates and places; the article is dated Wednesday 2020-03-11. Sentences written for this test. */
class TimePlaceTest {
    private static final LocalDate WED = LocalDate.of(2020, 3, 11);
    private static final Map<String, String> ACTORS = Map.of("Norway", "NOR", "Chile", "CHL", "Peru", "PER",
            "Lima", "PERGOV", "Bolivia", "BOL");

    static EventMention first(String sentence) {
        return CoderFixture.code(sentence, WED, ACTORS).stream().filter(e -> "NOR".equals(e.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no event in: " + sentence));
    }

    @Test
    void articleDateByDefault() {
        EventMention e = first("Norway visited Chile.");
        assertEquals(WED, e.date());
        assertFalse(e.historical());
    }

    @Test
    void relativeDays() {
        assertEquals(LocalDate.of(2020, 3, 10), first("Norway visited Chile yesterday.").date());
        assertEquals(LocalDate.of(2020, 3, 10), first("Norway visited Chile last Tuesday.").date());
        assertEquals(LocalDate.of(2020, 3, 4), first("Norway visited Chile a week ago.").date());
        assertEquals(LocalDate.of(2020, 3, 9), first("Norway visited Chile on Monday.").date());
        assertEquals(LocalDate.of(2020, 3, 16), first("Norway will visit Chile on Monday.").date());
    }

    @Test
    void monthNextYearIsFuture() {
        EventMention e = first("Norway accepted an invitation to visit Chile in May next year.");
        EventMention visit = CoderFixture.code("Norway will visit Chile in May next year.", WED, ACTORS).get(0);
        assertEquals(LocalDate.of(2021, 5, 1), visit.date());
        assertEquals(Modality.FUTURE, visit.modality());
        assertEquals(Modality.FUTURE, first("Norway visits Chile in May next year.").modality());
        assertEquals("036", e.code());
        // the acceptance happened on the article's day; "in May next year" dates the visit it accepts
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(WED, e.date());
    }

    @Test
    void backgroundHistoryIsHistorical() {
        EventMention e = first("Norway imposed sanctions on Chile in the early 1970s.");
        assertTrue(e.historical());
        assertEquals(1970, e.date().getYear());
        assertTrue(first("Norway visited Chile in 2008.").historical());
        assertTrue(first("Norway visited Chile three years ago.").historical());
        assertFalse(first("Norway visited Chile last week.").historical());
    }

    @Test
    void countryNamedAfterInIsTheLocation() {
        EventMention e = CoderFixture.code("Norway met Chile at the summit in Peru.", WED, ACTORS).get(0);
        assertEquals(new Location("PER", null), e.location());
    }

    @Test
    void cityFromTheGazetteer() {
        EventMention e = first("Norway met Chile in Valparaiso on Monday.");
        assertEquals("Valparaiso", e.location().place());
    }

    @Test
    void aVisitWithoutNamedHostGoesToTheCountryOfItsPlace() {
        // CAMEO directs a visit at its host: the country of the town, or of the occasion named after a town
        EventMention e = first("Norway attended the Arequipa festival.");
        assertEquals("PER", e.target());
        assertEquals("Arequipa", e.location().place());
        assertEquals("PER", first("Norway attended the games in Arequipa.").target());
        // a trip at home is no visit to another state
        assertNull(CoderFixture.code("Norway attended the games in Trondheim.", WED, Map.of("Norway", "NOR"))
                .get(0).target());
    }

    @Test
    void placePhrasesWithRegionsAndSettlements() {
        assertEquals("Valparaiso", first("Norway met Chile in the southern city of Valparaiso.").location().place());
        assertEquals(new Location("PER", null), first("Norway met Chile in northern Peru.").location());
        // a target named after "in" is where the act happened too
        EventMention e = first("Norway arrived in Peru.");
        assertEquals("PER", e.target());
        assertEquals(new Location("PER", null), e.location());
        // two places are no one place
        assertNull(first("Norway met Chile in Peru and Bolivia.").location());
    }

    @Test
    void aSecondBareVerbAfterAndIsAVerbAndHasItsOwnPlace() {
        // the tagger reads "visit" after "and" as a noun; the visit to Peru is not located at the festival's place
        // but at its own destination (branch locate: a trip happens where it goes, as the team's labels place it)
        java.util.List<EventMention> e = CoderFixture.code("Norway will attend a festival in Chile and visit Peru.",
                WED, ACTORS);
        assertEquals("NOR>CHL:042 NOR>PER:042", RolesTest.triples(e));
        assertEquals(new Location("CHL", null), e.get(0).location());
        assertEquals(new Location("PER", null), e.get(1).location());
    }

    @Test
    void noStatedPlaceMeansNoLocation() {
        // the target itself is not a location
        assertNull(first("Norway met Chile.").location());
        // except the destination of a trip: a visit happens in the country visited
        assertEquals(new Location("CHL", null), first("Norway visited Chile.").location());
    }
}
