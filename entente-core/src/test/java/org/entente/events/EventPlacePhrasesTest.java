package org.entente.events;

import org.entente.events.context.NearbyPlaces;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where an event happened, read from the place phrases of news sentences written for this test, through the whole
 * pipeline with the bundled dictionaries and gazetteer (as `./entente code` runs).
 */
class EventPlacePhrasesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 6);
    private static final Pipeline PIPELINE = Pipeline.standard(List.of(), List.of());

    private static List<EventMention> code(String text) {
        return PIPELINE.process(new Article("t", "t", null, null, null, DAY, null, "en", text, Map.of())).events();
    }

    private static EventMention event(String text, String source) {
        List<EventMention> events = code(text);
        return events.stream().filter(e -> source.equals(e.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no event of " + source + " in: " + events));
    }

    private static Location placed(String text, String source) {
        Location loc = event(text, source).location();
        assertNotNull(loc, "no location: " + text);
        return loc;
    }

    @Test
    void aWeekdayAfterTheTownDoesNotMakeItALongerName() {
        Location loc = placed("Peruvian police arrested ten protesters in Lima Friday.", "PERCOP");
        assertEquals("Lima", loc.place());
        assertEquals("PER", loc.country());
    }

    @Test
    void aRegionTheDictionaryFilesUnderItsCountryIsThePlace() {
        Location loc = placed("Hamas gunmen attacked Fatah offices in the Gaza Strip on Sunday.", "PSEREB");
        assertEquals("Gaza Strip", loc.place());
        assertEquals("PSE", loc.country());
        assertTrue(loc.hasCoordinates());
    }

    @Test
    void aPartOfACityPlacesTheActInTheCity() {
        Location loc = placed("Dutch police arrested the Canadian activist at Amsterdam's Schiphol airport on Friday.",
                "NLDCOP");
        assertEquals("Amsterdam", loc.place());
        assertEquals("NLD", loc.country());
    }

    @Test
    void aPeoplesCapitalIsItsCapitalAndAnyOtherTownOnlyItsCountry() {
        Location capital = placed("Afghan police arrested three Taliban fighters in the Afghan capital on Monday.",
                "AFGCOP");
        assertEquals("Kabul", capital.place());
        assertEquals("AFG", capital.country());
        Location town = placed("French police clashed with youths in this northwestern French city on Saturday.",
                "FRACOP");
        assertEquals(new Location("FRA", null), town, "the town is not named: the country alone, no point");
        assertFalse(town.hasCoordinates());
    }

    @Test
    void aPlaceTooSmallForTheGazetteerTakesTheCountryTheTextPutsItIn() {
        Location loc = placed("Israeli artillery killed 12 civilians in Zawtar in south Lebanon on Monday.", "ISRMIL");
        assertEquals("Zawtar", loc.place());
        assertEquals("LBN", loc.country());
        assertFalse(loc.hasCoordinates(), "no point is made up for a place the gazetteer lacks");
        Location object = placed("Chinese police surrounded the town of Wuxiang, in southern Guangdong province, on"
                + " Saturday.", "CHNCOP");
        assertEquals("Wuxiang", object.place(), "the town, not the province it is in");
        assertEquals("CHN", object.country());
    }

    @Test
    void aTripHappensAtItsDestination() {
        Location loc = placed("The Zambian president headed for Luanda to attend the inauguration.", "ZMBGOV");
        assertEquals("Luanda", loc.place());
        assertEquals("AGO", loc.country());
        assertEquals(new Location("AFG", null), placed("Pakistani Foreign Minister Khurshid Kasuri will visit"
                + " Afghanistan this week for talks.", "PAKGOV"));
    }

    @Test
    void aNamedDistrictOfAProvinceIsTheDistrictInThatProvincesCountry() {
        Location loc = placed("NATO warplanes bombed a Taliban compound in the Panjwayi district of the volatile"
                + " Kandahar province on Wednesday.", "IGOWSTNATMIL");
        assertEquals("Panjwayi", loc.place());
        assertEquals("AFG", loc.country());
        Location town = placed("Indonesian police in the Central Java town of Yogyakarta arrested 24 students.",
                "IDNCOP");
        assertEquals("Yogyakarta", town.place(), "before a town word the name is the town's division");
    }

    @Test
    void aCountrysPlaceAfterItsModifiersAndNoListOfTowns() {
        Location region = placed("Chinese police arrested ten Uighur activists in China's western Xinjiang region on"
                + " Monday.", "CHNCOP");
        assertEquals("CHN", region.country());
        for (EventMention e : code("Indian officials flew to London, Singapore and Bangkok for talks.")) {
            assertTrue(e.location() == null || e.location().place() == null, "a list of towns is no one place: " + e);
        }
        assertEquals("Kisumu", placed("Kenyan police in Kisumu arrested ten protesters on Sunday.", "KENCOP").place());
    }

    @Test
    void aCountryNamedByTheClauseIsMadeSpecificByATownInItNamedNearby() {
        EventMention e = event("Chinese troops took over a town in southern China on Friday. The police surrounded"
                + " the town of Wuxiang, in southern Guangdong province, on Saturday.", "CHNMIL");
        assertEquals("Wuxiang", e.location().place());
        assertTrue(e.rules().contains(NearbyPlaces.RULE), e.rules().toString());
    }

    @Test
    void theDatelinePlacesAWireReportInItsCountryOnly() {
        EventMention home = event("KABUL, Jan 3 (Reuters) - Afghan police arrested three Taliban fighters on Monday,"
                + " officials said.", "AFGCOP");
        assertEquals("Kabul", home.location().place());
        assertTrue(home.rules().contains(NearbyPlaces.DATELINE_RULE), home.rules().toString());
        EventMention abroad = event("NAIROBI, Jan 3 (Reuters) - Afghan police arrested three Taliban fighters on"
                + " Monday, officials said.", "AFGCOP");
        assertNull(abroad.location(), "a dateline in another country places no act of these actors");
    }

    @Test
    void aSmallPlaceInAnActorlessSentenceBesideTheActPlacesIt() {
        // the second sentence names no actor (it was never tagged before session 11): its village, which the
        // gazetteer lacks, is placed in India by the state named after it
        Location loc = placed("Four people were killed when Indian police fired on an angry crowd, a news agency "
                + "reported Tuesday. Three policemen were also hurt in the clashes on Monday in Marupalli village, "
                + "in the southern state of Andhra Pradesh.", "INDCOP");
        assertEquals("Marupalli", loc.place());
        assertEquals("IND", loc.country());
        assertFalse(loc.hasCoordinates(), "a place the gazetteer lacks has no point");
    }

    @Test
    void aSlumNorthOfTheCapitalIsInItsCountry() {
        Location loc = placed("Kenyan police fired tear gas at opposition supporters on Sunday. Police broke up an "
                + "opposition rally in Mathare slums, north of Nairobi, witnesses said.", "KENCOP");
        assertEquals("Mathare", loc.place());
        assertEquals("KEN", loc.country());
    }

    @Test
    void theSouthOfTheCountryIsTheArticlesCountry() {
        Location loc = placed("Ugandan rebels killed twelve civilians during a raid on a school at Kasoro, in the "
                + "north of the country, the army said.", "UGAREB");
        assertEquals("Kasoro", loc.place());
        assertEquals("UGA", loc.country());
    }
}
