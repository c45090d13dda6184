package org.entente.events.context;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.Location;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.Set;
import org.entente.geo.Place;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;

/**
 * Place phrases that name where something is without naming it the plain way "in X": a country's people's word
 * before a settlement word ("in this northern French city", "in the Afghan capital"), a city's part ("at
 * Amsterdam's main airport"), a region the actor dictionary files under its country ("in the Gaza Strip"), and what
 * the text says holds a place ("Qana in south Lebanon", "the town of X, in Guangdong province"). Each gives the
 * most specific place the words pin down, and only a country when that is all they say.
 */
final class PlacePhrases {
    /** Parts of a city that put what happens there in the city: "at Amsterdam's airport", "Kabul's outskirts". */
    private static final Set<String> CITY_PARTS = Lexicon.words("locator.city-parts");
    private static final Set<String> SETTLEMENT = Lexicon.words("locator.settlement");
    /** Actor kinds that are places and so may hold another: a country, a capital, a city or region. */
    private static final Set<String> HOLDERS = Set.of("country", "capital", "city");
    private static final Set<String> DIVISION_WORDS = Lexicon.words("locator.division-words");
    /** Words after a small place's name that say what it is: "X village", "X slums" (`locator.small-place-words`). */
    private static final Set<String> SMALL_PLACE_WORDS = Lexicon.words("locator.small-place-words");
    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
            "(north|south)?-?(north|south|east|west)(ern)?(most)?|central");

    private PlacePhrases() {
    }

    /**
     * "this French city", "the Afghan capital", "a Lebanese village" at {@code j}: a people's word (a demonym the
     * actor dictionary knows) and a settlement word not followed by "of". The capital is the country's capital;
     * any other settlement only the country (the words do not say which town).
     */
    static Location demonymSettlement(SentenceView s, int j, PlaceContext places, PlaceResolver resolver) {
        ActorUnit u = j < s.size() ? s.startsAt[j] : null;
        if (u == null || !"demonym".equals(u.head().kind()) || u.head().country() == null
                || u.head().role() != null) {
            return null;
        }
        int w = u.last() + 1;
        if (w >= s.size() || s.covering[w] != null || !SETTLEMENT.contains(s.text[w]) || s.is(w + 1, "of")
                || (w + 1 < s.size() && s.pos[w + 1].startsWith("NNP"))) {
            return null;
        }
        String country = u.head().country();
        if (s.is(w, "capital")) {
            Place p = resolver.gazetteer().capital(country);
            if (p != null) {
                places.saw(p);
                return Locator.located(p.name(), p);
            }
        }
        return new Location(country, null);
    }

    /**
     * Whether the words after the possessive at {@code k} (the "'s" after a city) name a part of the city
     * ("Amsterdam's Schiphol airport", "Kabul's western outskirts"), not something else of it ("Moscow's view").
     */
    static boolean cityPartAfter(SentenceView s, int k) {
        for (int m = k + 1; m < s.size() && m <= k + 4; m++) {
            if (CITY_PARTS.contains(s.text[m])) {
                return true;
            }
            if (!(s.pos[m].startsWith("JJ") || s.pos[m].startsWith("NN") || s.text[m].equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A region the actor dictionary files under its country ("the Gaza Strip", "the West Bank": PSE) is itself a
     * place the gazetteer knows in that country: its row, or null when the name is a country's own name ("Peru",
     * "Djibouti" the country, not its capital).
     */
    static Location regionOfCountry(String name, String country, PlaceContext places, PlaceResolver resolver) {
        Place found = null;
        for (Place p : resolver.gazetteer().named(name)) {
            if (p.kind() == Place.Kind.COUNTRY) {
                return null;
            }
            if (found == null && p.country().equals(country)) {
                found = p;
            }
        }
        if (found == null) {
            return null;
        }
        Place p = resolver.resolve(name, new PlaceResolver.Cue(country, null, false), places);
        if (p == null || !country.equals(p.country())) {
            return null;
        }
        places.saw(p);
        return Locator.located(name, p);
    }

    /**
     * "the Panjwayi district of Kandahar province", "the Kalabakan district of Sabah": a name right before the
     * division word at {@code settlement} names the division, and what follows "of" holds it. The gazetteer's place of
     * that name in the holder's country, else the name with that country (no point); null when no name comes before
     * the settlement word or the holder is no place the dictionary or the gazetteer knows.
     */
    static Location namedDivisionOf(SentenceView s, int j, int settlement, PlaceContext places,
                                    PlaceResolver resolver) {
        int first = settlement;
        while (first > j && s.pos[first - 1].startsWith("NNP") && s.covering[first - 1] == null
                && settlement - first < 3) {
            first--;
        }
        // only a division word: before a town word the name holds the town ("the Central Java town of Yogyakarta")
        if (first == settlement || settlement + 2 >= s.size() || !DIVISION_WORDS.contains(s.text[settlement])) {
            return null;
        }
        String country = holder(s, settlement + 2, resolver);
        if (country == null) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i < settlement; i++) {
            name.append(name.length() > 0 ? " " : "").append(s.tokens.get(i).text());
        }
        boolean division = DIVISION_WORDS.contains(s.text[settlement]);
        Place p = resolver.gazetteer().knows(name.toString()) ? resolver.resolve(name.toString(),
                new PlaceResolver.Cue(country, null, division), places) : null;
        if (p == null || !country.equals(p.country())) {
            return new Location(country, name.toString());
        }
        places.saw(p);
        return Locator.located(name.toString(), p);
    }

    /** The country of the place at {@code j} ("[the] [volatile] Kandahar province", "Sabah", "Iraq"), or null. */
    private static String holder(SentenceView s, int j, PlaceResolver resolver) {
        if (s.is(j, "the")) {
            j++;
        }
        // modifiers: "volatile", "restive" (a tagger may read an unknown adjective as a common noun)
        for (int m = 0; m < 2 && j < s.size() && s.covering[j] == null && (s.pos[j].startsWith("JJ")
                || (s.pos[j].equals("NN") && Character.isLowerCase(s.tokens.get(j).text().charAt(0)))); m++) {
            j++;
        }
        if (j >= s.size()) {
            return null;
        }
        ActorUnit u = s.startsAt[j];
        if (u != null) {
            String kind = u.head().kind() == null ? "" : u.head().kind();
            return HOLDERS.contains(kind) ? u.head().country() : null;
        }
        StringBuilder name = new StringBuilder();
        String country = null;
        for (int i = j; i < s.size() && i <= j + 2 && s.pos[i].startsWith("NNP") && s.covering[i] == null; i++) {
            name.append(name.length() > 0 ? " " : "").append(s.tokens.get(i).text());
            String c = divisionCountry(name.toString(), resolver);
            if (c == TWO_COUNTRIES || c != null && country != null && !country.equals(c)) {
                return null;
            }
            country = c != null ? c : country;
        }
        return country;
    }

    /** Marks a name that divisions of two countries bear (compared by identity). */
    private static final String TWO_COUNTRIES = new String("two countries");

    /**
     * The country of the first-level divisions the gazetteer names {@code name}: null when none is so called,
     * {@link #TWO_COUNTRIES} when divisions so called lie in two countries.
     */
    private static String divisionCountry(String name, PlaceResolver resolver) {
        String country = null;
        for (Place d : resolver.gazetteer().named(name)) {
            if (d.kind() == Place.Kind.ADM1) {
                if (country != null && !country.equals(d.country())) {
                    return TWO_COUNTRIES;
                }
                country = d.country();
            }
        }
        return country;
    }

    /**
     * The country that holds the place named before {@code k}, when the text says so after it: "Qana in south
     * Lebanon", "X in the south of Lebanon", "the town of X, in southern Guangdong province", "X village, in the
     * southern state of Y", "X slums, south of Nairobi", "at X, in the south of the country" (the article's main
     * country, when it has one). Null if it does not.
     */
    static String holdingCountry(SentenceView s, int k, PlaceContext places, PlaceResolver resolver) {
        int j = k;
        if (j < s.size() && s.covering[j] == null && SMALL_PLACE_WORDS.contains(s.text[j])) {
            j++; // "X village", "X slums", "X refugee camp": the word that says what X is
        }
        boolean comma = s.is(j, ",");
        if (comma) {
            j++;
        }
        boolean of = false;
        if (comma && j + 1 < s.size() && s.covering[j] == null && COMPASS.matcher(s.text[j]).matches()
                && s.is(j + 1, "of")) {
            j += 2; // "X slums, south of Nairobi"
            of = true;
        } else {
            if (!s.is(j, "in")) {
                return null;
            }
            j++;
            if (s.is(j, "the")) {
                j++;
            }
            if (j < s.size() && s.covering[j] == null && COMPASS.matcher(s.text[j]).matches()) {
                j++;
                if (s.is(j, "of")) {
                    j++; // "in the south of Lebanon"
                    of = true;
                }
            }
            // "in the southeastern state of X": modifiers, a division word, "of"
            int m = j;
            while (m < s.size() && s.covering[m] == null && s.pos[m].startsWith("JJ")) {
                m++;
            }
            if (m + 1 < s.size() && s.covering[m] == null && DIVISION_WORDS.contains(s.text[m]) && s.is(m + 1, "of")) {
                j = m + 2;
                of = true;
            }
        }
        if (j >= s.size()) {
            return null;
        }
        if (of && s.is(j, "the") && s.is(j + 1, "country") && places.mainCountries().size() == 1) {
            return places.mainCountries().iterator().next(); // "in the south of the country"
        }
        ActorUnit u = s.startsAt[j];
        if (u != null) {
            int after = u.last() + 1;
            // a country, or a city or region of the dictionary ("in Guangdong", "in the Gaza Strip")
            String kind = u.head().kind() == null ? "" : u.head().kind();
            // (a city actor carries the role its name stands for, "Moscow" the government: still a place)
            boolean place = HOLDERS.contains(kind) && !s.isPossessive(u.last())
                    && !(after < s.size() && s.isPossessive(after));
            return place ? u.head().country() : null;
        }
        // a division the gazetteer knows, with its division word: "in southern Guangdong province"
        StringBuilder name = new StringBuilder();
        for (int i = j; i < s.size() && i <= j + 2 && s.pos[i].startsWith("NNP") && s.covering[i] == null; i++) {
            name.append(name.length() > 0 ? " " : "").append(s.tokens.get(i).text());
            // with "the state of" before it, the name alone: "in the southern state of Andhra Pradesh"
            boolean named = of && (i + 1 >= s.size() || !s.pos[i + 1].startsWith("NNP"));
            if (named || (i + 1 < s.size() && DIVISION_WORDS.contains(s.text[i + 1]))) {
                String country = divisionCountry(name.toString(), resolver);
                return country == TWO_COUNTRIES ? null : country;
            }
        }
        return null;
    }
}
