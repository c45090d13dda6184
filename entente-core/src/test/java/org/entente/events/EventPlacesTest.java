package org.entente.events;

import org.entente.events.context.NearbyPlaces;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Event locations from the gazetteer, on sentences written for this test. */
class EventPlacesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 6);

    private static EventMention first(String text, Map<String, String> actors, String source) {
        return CoderFixture.code(text, DAY, actors).stream().filter(e -> source.equals(e.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no event of " + source + " in: " + text));
    }

    @Test
    void aCityCarriesDivisionCountryCoordinatesAndItsGazetteerId() {
        Location loc = first("Norway met Chile in Valparaiso on Monday.", Map.of("Norway", "NOR", "Chile", "CHL"),
                "NOR").location();
        assertEquals("CHL", loc.country());
        assertEquals("Valparaiso", loc.place());
        assertEquals("Valparaiso", loc.division(), "GeoNames' English name of the region");
        assertTrue(loc.adm1Code().startsWith("CI"), "FIPS country code of Chile: " + loc.adm1Code());
        assertTrue(loc.hasCoordinates());
        assertEquals(-33.0, loc.lat(), 0.2);
        assertTrue(loc.featureId().matches("\\d+"), "a GeoNames id: " + loc.featureId());
    }

    @Test
    void aCountryStaysCountryOnlyWithoutAPoint() {
        Location loc = first("Norway met Chile in Peru.", Map.of("Norway", "NOR", "Chile", "CHL", "Peru", "PER"),
                "NOR").location();
        assertEquals(new Location("PER", null), loc);
        assertTrue(!loc.hasCoordinates() && loc.featureId() == null);
    }

    @Test
    void sameNamedCitiesFollowTheArticle() {
        Map<String, String> lebanon = Map.of("Lebanese soldiers", "LBNMIL", "Syria", "SYR", "Lebanon", "LBN");
        EventMention e = first("Lebanese soldiers attacked Syria in Tripoli. Lebanon said so.", lebanon,
                "LBNMIL");
        assertEquals("LBN", e.location().country());
        assertEquals("Tripoli", e.location().place());
        Map<String, String> libya = Map.of("Libyan soldiers", "LBYMIL", "Egypt", "EGY");
        assertEquals("LBY", first("Libyan soldiers attacked Egypt in Tripoli.", libya, "LBYMIL").location()
                .country());
        Map<String, String> two = Map.of("Norway", "NOR", "Chile", "CHL");
        assertEquals("USA", first("Norway met Chile in St. Petersburg, Florida.", two, "NOR").location().country());
        assertEquals("RUS", first("Norway met Chile in St. Petersburg.", two, "NOR").location().country());
    }

    @Test
    void aDivisionWordMakesTheDivision() {
        Location loc = first("Norway attacked Chile in Herat province.", Map.of("Norway", "NOR", "Chile", "CHL"),
                "NOR").location();
        assertEquals("AFG", loc.country());
        assertEquals("AF11", loc.featureId(), "the province itself: its feature id is its ADM1 code");
        assertEquals(loc.adm1Code(), loc.featureId());
    }

    @Test
    void aMaterialActTakesThePlaceOfTheNextSentenceInItsActorsCountry() {
        Map<String, String> actors = Map.of("Kenyan police", "KENCOP", "protesters", "KENCVL", "Kenya", "KEN");
        List<EventMention> events = CoderFixture.code("Kenyan police arrested protesters on Sunday."
                + " The rally had been called in Kisumu by Kenya's opposition.", DAY, actors);
        EventMention arrest = events.stream().filter(e -> "173".equals(e.code())).findFirst().orElseThrow();
        assertNotNull(arrest.location(), events.toString());
        assertEquals("Kisumu", arrest.location().place());
        assertTrue(arrest.rules().contains(NearbyPlaces.RULE), arrest.rules().toString());
        // a place in a third country places no act of these actors
        EventMention elsewhere = CoderFixture.code("Kenyan police arrested protesters on Sunday."
                + " The news was reported in Geneva.", DAY, actors).stream().filter(e -> "173".equals(e.code()))
                .findFirst().orElseThrow();
        assertNull(elsewhere.location());
    }

    @Test
    void aDoerCarriedFromAnEarlierLongerSentenceIsNoPlaceOfThisOne() {
        // "They" takes the doer of the sentence before (rule pronoun-source), whose words stand at token indices
        // this shorter sentence does not have: the place look-up must stay within the sentence it codes (it threw
        // IndexOutOfBoundsException and lost the article). The bundled dictionary, as in a real run.
        String text = "After a long night of meetings with local leaders in the north of the country on Sunday, "
                + "the Kenyan police clashed with Ugandan soldiers. They attacked Uganda.";
        org.entente.pipeline.CodedArticle coded = org.entente.pipeline.Pipeline.standard(List.of(), List.of())
                .process(new org.entente.ingest.Article("t", "t", null, null, null, DAY, null, "en", text, Map.of()));
        assertTrue(coded.events().stream().anyMatch(e -> "KENCOP".equals(e.source())), "the article is coded: "
                + coded.events());
    }
}
