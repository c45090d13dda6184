package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer and the resolver's choice among same-named places, on the real derived file. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();
    private static final PlaceResolver R = new PlaceResolver(G);

    private static PlaceContext naming(String... countries) {
        return new PlaceContext(Set.of(countries), Set.of(countries));
    }

    @Test
    void countriesDivisionsAndCitiesWithCoordinates() {
        assertTrue(G.size() > 150_000, "cities, divisions and countries: " + G.size());
        Place russia = G.country("RUS");
        assertEquals(Place.Kind.COUNTRY, russia.kind());
        assertEquals(60.0, russia.lat(), 1e-9);
        Place herat = G.byId("AF11");
        assertEquals(Place.Kind.ADM1, herat.kind());
        assertEquals("Herat", herat.name());
        assertEquals("AFG", herat.country());
        assertTrue(herat.lat() > 33 && herat.lat() < 36 && herat.lon() > 60 && herat.lon() < 65, herat.toString());
        Place kabul = R.resolve("Kabul", PlaceResolver.Cue.NONE, PlaceContext.empty());
        assertEquals("AFG", kabul.country());
        assertEquals("PPLC", kabul.feature());
        assertTrue(kabul.population() > 1_000_000);
        assertEquals("AF13", kabul.adm1(), "GDELT-style ADM1 code: FIPS country and GeoNames admin1");
        assertEquals("Kabul", kabul.division());
        // a city's division is the one the division names' own numbering gives: the packages number Vietnam's
        // provinces differently, and Ho Chi Minh City was once filed under Lang Son
        Place hcmc = R.resolve("Ho Chi Minh City", PlaceResolver.Cue.NONE, PlaceContext.empty());
        assertEquals("VNM", hcmc.country());
        assertTrue(hcmc.division().startsWith("Ho Chi Minh"), hcmc.toString());
        // second-level divisions are there too, under their first-level one
        assertTrue(G.named("Herat District").stream().anyMatch(p -> p.kind() == Place.Kind.ADM2
                && "AF11".equals(p.adm1())));
    }

    @Test
    void alternateSpellings() {
        assertEquals("RUS", R.resolve("Saint Petersburg", PlaceResolver.Cue.NONE, PlaceContext.empty()).country());
        assertEquals(R.resolve("Saint Petersburg", PlaceResolver.Cue.NONE, PlaceContext.empty()),
                R.resolve("St. Petersburg", PlaceResolver.Cue.NONE, PlaceContext.empty()));
        assertEquals("AFG", R.resolve("Herat", PlaceResolver.Cue.NONE, PlaceContext.empty()).country(),
                "ASCII spelling of Herāt");
        assertEquals("UKR", R.resolve("Kyiv", new PlaceResolver.Cue(null, null, true), PlaceContext.empty())
                .country(), "the division Kyiv City by its bare name");
    }

    @Test
    void populationIsThePriorWhenTheArticleGivesNoClue() {
        assertEquals("LBY", R.resolve("Tripoli", PlaceResolver.Cue.NONE, PlaceContext.empty()).country());
        assertEquals("RUS", R.resolve("St. Petersburg", PlaceResolver.Cue.NONE, PlaceContext.empty()).country());
    }

    @Test
    void theCountriesTheArticleNamesChoose() {
        assertEquals("LBN", R.resolve("Tripoli", PlaceResolver.Cue.NONE, naming("LBN")).country());
        assertEquals("LBY", R.resolve("Tripoli", PlaceResolver.Cue.NONE, naming("LBY", "EGY")).country());
        // a world city outweighs a small town of a country the article also names
        assertEquals("CHE", R.resolve("Geneva", PlaceResolver.Cue.NONE,
                new PlaceContext(Set.of("USA", "IRN"), Set.of("IRN"))).country());
    }

    @Test
    void aQualifierDecides() {
        Place florida = R.resolve("St. Petersburg", new PlaceResolver.Cue(null, "USFL", false), naming("RUS"));
        assertEquals("USA", florida.country());
        assertEquals("Florida", florida.division());
        Place laguna = R.resolve("San Pedro", new PlaceResolver.Cue("PHL", null, false), PlaceContext.empty());
        assertEquals("PHL", laguna.country());
        assertEquals("BLZ", R.resolve("San Pedro", new PlaceResolver.Cue("BLZ", null, false), PlaceContext.empty())
                .country());
    }

    @Test
    void theDatelineAndPlacesNamedBeforeLeanTowardsTheirNeighbourhood() {
        PlaceContext ctx = PlaceContext.empty();
        ctx.dateline(R.resolve("Beirut", PlaceResolver.Cue.NONE, ctx));
        assertEquals("LBN", R.resolve("Tripoli", PlaceResolver.Cue.NONE, ctx).country(), "dateline BEIRUT");
        PlaceContext seen = PlaceContext.empty();
        seen.saw(R.resolve("Tampa", PlaceResolver.Cue.NONE, seen));
        assertEquals("USA", R.resolve("St. Petersburg", PlaceResolver.Cue.NONE, seen).country(),
                "30 km from Tampa, named earlier");
    }

    @Test
    void aDivisionWordChoosesTheDivision() {
        Place province = R.resolve("Herat", new PlaceResolver.Cue(null, null, true), PlaceContext.empty());
        assertEquals(Place.Kind.ADM1, province.kind());
        assertEquals(Place.Kind.CITY, R.resolve("Herat", PlaceResolver.Cue.NONE, PlaceContext.empty()).kind());
    }

    @Test
    void smallUncluedForeignPlacesAndUnknownNamesStayUnresolved() {
        assertNull(R.resolve("Cana", PlaceResolver.Cue.NONE, naming("LBN", "ISR")),
                "only hamlets of that name, none in a country the article names");
        assertNull(R.resolve("Nowhereville Upon Sea", PlaceResolver.Cue.NONE, PlaceContext.empty()));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() throws IOException {
        String good = "# comment\nid\tkind\tfeature\tname\talt\tcountry\tadm1\tadm2\tlat\tlon\tpopulation\n"
                + "XX1\tadm1\tADM1\tNorthland\t\tNZL\tXX1\t\t-35.5\t174.1\t1000\n";
        Gazetteer g = Gazetteer.read(gzip(good + "1\tcity\tPPL\tTestville\tTest Ville\tNZL\tXX1\t\t-35\t174\t5000\n"));
        assertEquals(2, g.size());
        Place p = g.named("Test Ville").get(0);
        assertEquals("Northland", p.division());
        assertEquals(5000, p.population());
        IOException bad = assertThrows(IOException.class, () -> Gazetteer.read(gzip(good
                + "2\tcity\tPPL\tBadtown\t\tNZL\tXX1\t\tnorth\t174\t5\n")));
        assertTrue(bad.getMessage().contains("line 4"), bad.getMessage());
        IOException shortRow = assertThrows(IOException.class, () -> Gazetteer.read(gzip(good + "3\tcity\n")));
        assertTrue(shortRow.getMessage().contains("columns"), shortRow.getMessage());
    }

    @Test
    void distances() {
        Place tampa = R.resolve("Tampa", PlaceResolver.Cue.NONE, PlaceContext.empty());
        Place stp = R.resolve("St. Petersburg", new PlaceResolver.Cue("USA", null, false), PlaceContext.empty());
        assertNotNull(stp);
        assertTrue(tampa.kilometresTo(stp) < 40, String.valueOf(tampa.kilometresTo(stp)));
    }

    private static ByteArrayInputStream gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
