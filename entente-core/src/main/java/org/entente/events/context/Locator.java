package org.entente.events.context;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.Location;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.geo.Place;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;

/**
 * Where an event happened, when its clause says so: "in Peru", "at the summit in Lima". A country named after
 * "in/at" gives the country (and stays country-only: no centre point is presented as the place); a city or division
 * gives the place and, when the gazetteer can tell which of the places so called the article means (PlaceResolver),
 * its division, country, coordinates and gazetteer id. Nothing is guessed from the actors themselves: an event
 * without a stated place has no location.
 */
public final class Locator {
    private static final Set<String> PLACE_PREP = Lexicon.words("locator.place-prep");
    private static final Set<String> NOT_PLACES = Lexicon.words("locator.not-places");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
            "(north|south)?-?(north|south|east|west)ern(most)?|(north|south|east|west)most|central|(north|south)-?(east|west)ern"
            + "|far|remote|rural");
    /** A bare compass word in lower case: "in south Lebanon", "in the east of". */
    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
            "(north|south)?-?(north|south|east|west)");
    private static final Set<String> SETTLEMENT = Lexicon.words("locator.settlement");
    private static final Set<String> DESTINATION_WORDS = Lexicon.forms("locator.destination-words");
    private static final Set<String> DESTINATION_PREP = Lexicon.words("locator.destination-prep");
    private static final Set<String> PLACE_KINDS = Lexicon.words("locator.place-kinds");
    /** Words after a name, or in "the X of", that make it a division: "Herat province", "the state of Kerala". */
    private static final Set<String> DIVISION_WORDS = Lexicon.words("locator.division-words");

    private Locator() {
    }

    /**
     * @param exclude units that are the event's own source/target (naming them is not a location)
     * @param actors  the event's doers, whose own words may place it when the clause does not
     * @param places  the article's place context, to choose among same-named places
     */
    public static Location locate(SentenceView s, int scopeStart, int trigger, List<ActorUnit> exclude,
                           List<ActorUnit> actors, PlaceContext places, PlaceResolver resolver) {
        Location best = objectSettlement(s, trigger, exclude, places, resolver);
        if (best == null) {
            best = destination(s, trigger, exclude, places, resolver);
        }
        int bestDistance = best == null ? Integer.MAX_VALUE : 1;
        int end = Math.min(s.size() - 1, trigger + 15);
        for (int k = Math.max(0, scopeStart); k < end; k++) {
            if (k > trigger && s.isHardBoundary(k)) {
                break;
            }
            if (!PLACE_PREP.contains(s.text[k]) || s.covering[k] != null
                    || (k < trigger && (verbBetween(s, k, trigger)
                    || (!s.is(trigger - 1, "to") && verbBetween(s, Math.max(0, scopeStart) - 1, k))))) {
                // (an act in a purpose clause happens where the clause's verb does: "staged a strike in X to
                // protest")
                continue;
            }
            Location loc = placeAfter(s, k, exclude, places, resolver);
            int distance = Math.abs(k - trigger);
            if (loc == null) {
                continue;
            }
            // a place whose country is known beats a nearer one the gazetteer cannot place ("El Alto" is in
            // three countries, none of them named in the article)
            boolean better = best == null || (loc.country() != null && best.country() == null)
                    || ((loc.country() != null) == (best.country() != null) && distance < bestDistance);
            if (better) {
                best = loc;
                bestDistance = distance;
            }
        }
        return best != null ? best : ActorPlaces.of(s, actors, places, resolver);
    }

    /**
     * Where a trip goes, for an event whose trigger is a word of travel: "a visit to South Africa", "headed for
     * Luanda" (`locator.destination-words`, `locator.destination-prep`): the trip happens at its destination.
     */
    private static Location destination(SentenceView s, int trigger, List<ActorUnit> exclude, PlaceContext places,
                                        PlaceResolver resolver) {
        if (trigger < 0 || trigger + 2 >= s.size() || !DESTINATION_WORDS.contains(s.text[trigger])) {
            return null;
        }
        if (s.isVerb(trigger) && s.startsAt[trigger + 1] != null) {
            return placeAt(s, trigger + 1, false, exclude, places, resolver); // "will visit Afghanistan"
        }
        return DESTINATION_PREP.contains(s.text[trigger + 1])
                ? placeAfter(s, trigger + 1, exclude, places, resolver) : null;
    }

    /** The act's object when it is a named settlement: "stormed the town of X", "shelled the rebel-held port of X". */
    private static Location objectSettlement(SentenceView s, int trigger, List<ActorUnit> exclude, PlaceContext places,
                                             PlaceResolver resolver) {
        if (trigger < 0 || trigger + 2 >= s.size() || s.covering[trigger + 1] != null) {
            return null;
        }
        int j = s.pos[trigger + 1].equals("DT") ? trigger + 2 : trigger + 1;
        return settlementWord(s, j) >= 0 ? placeAfter(s, trigger, exclude, places, resolver) : null;
    }

    /** Every place the sentence names after "in/at/near" (for events whose own clause names none). */
    public static List<Location> named(SentenceView s, PlaceContext places, PlaceResolver resolver) {
        List<Location> out = new java.util.ArrayList<>();
        for (int k = 0; k < s.size() - 1; k++) {
            // after in/at/near, or a settlement as a verb's object ("surrounded the town of X")
            boolean object = s.isVerb(k) && objectSettlement(s, k, List.of(), places, resolver) != null;
            if ((PLACE_PREP.contains(s.text[k]) || object) && s.covering[k] == null) {
                Location loc = placeAfter(s, k, List.of(), places, resolver);
                if (loc != null && loc.country() != null) {
                    out.add(loc);
                }
            }
        }
        return out;
    }

    /** The place named after the preposition at {@code k}: "in [the] [northern] [town of] X", or null. */
    private static Location placeAfter(SentenceView s, int k, List<ActorUnit> exclude, PlaceContext places,
                                       PlaceResolver resolver) {
        int j = k + 1;
        if (j < s.size() && s.pos[j].equals("DT") && s.covering[j] == null) {
            j++;
        }
        if (j < s.size() && s.covering[j] == null && (REGION.matcher(s.text[j]).matches()
                || (COMPASS.matcher(s.text[j]).matches() && Character.isLowerCase(s.tokens.get(j).text().charAt(0))))) {
            j++; // "in northern Iraq", "in south Lebanon", "in the south-eastern city of"
        }
        Location people = PlacePhrases.demonymSettlement(s, j, places, resolver);
        if (people != null) {
            return people; // "in this French city", "in the Afghan capital"
        }
        boolean divisionWord = false;
        int settlement = settlementWord(s, j);
        if (settlement >= 0) {
            Location named = PlacePhrases.namedDivisionOf(s, j, settlement, places, resolver);
            if (named != null) {
                return named; // "in the Panjwayi district of Kandahar province": the district, in the province's country
            }
            divisionWord = DIVISION_WORDS.contains(s.text[settlement]);
            j = settlement + 2; // "in the city of Valparaiso", "in the rebel-held port of Vlore"
        }
        return placeAt(s, j, divisionWord, exclude, places, resolver);
    }

    /**
     * The settlement word of "city of", "the Palestinian village of", "the rebel-held port of" starting at or a few
     * modifiers after {@code j}, or -1. Only adjectives, participles, proper nouns and hyphens may come between.
     */
    private static int settlementWord(SentenceView s, int j) {
        for (int m = j; m < s.size() - 1 && m <= j + 4; m++) {
            if (SETTLEMENT.contains(s.text[m]) && s.is(m + 1, "of") && (s.covering[m] == null)) {
                return m;
            }
            String pos = s.pos[m];
            // a hyphenated modifier is one word however the tagger splits it ("rebel - held")
            boolean hyphenated = s.text[m].equals("-") || s.is(m + 1, "-") || s.is(m - 1, "-");
            if (!(pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("VBN") || hyphenated)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A lexical verb strictly between {@code k} and {@code trigger}. A place before the trigger with another verb
     * between them, or after another verb of the clause, is that verb's place ("will attend a fair in Chile and
     * visit Peru": Chile is where the fair is).
     */
    private static boolean verbBetween(SentenceView s, int k, int trigger) {
        for (int j = k + 1; j < trigger; j++) {
            if (s.covering[j] == null && s.isVerb(j) && !s.pos[j].equals("MD") && !Auxiliaries.FINITE.contains(s.text[j])
                    && !s.pos[j].equals("VBN") && !s.pos[j].equals("VBG")) {
                return true;
            }
        }
        return false;
    }

    private static Location placeAt(SentenceView s, int j, boolean divisionWord, List<ActorUnit> exclude,
                                    PlaceContext places, PlaceResolver resolver) {
        if (j >= s.size()) {
            return null;
        }
        ActorUnit u = s.startsAt[j];
        if (u != null) {
            if (exclude.contains(u) || u.head().country() == null) {
                return null;
            }
            int after = u.last() + 1;
            // the tokenizer may keep the possessive on the name ("Amsterdam's") or split it off
            int possessive = s.isPossessive(u.last()) ? u.last() : s.isPossessive(after) ? after : -1;
            if (possessive >= 0 && possessive + 1 < s.size() && "country".equals(u.head().kind())) {
                return countrysPlace(s, possessive + 1, u.head().country(), places, resolver);
            }
            boolean city = "capital".equals(u.head().kind()) || "city".equals(u.head().kind());
            if (city && possessive >= 0 && PlacePhrases.cityPartAfter(s, possessive)) {
                return cityPlace(s, u, after, divisionWord, places, resolver); // "at Amsterdam's Schiphol airport"
            }
            if (after < s.size() && ((s.pos[after].startsWith("NNP") && !NOT_PLACES.contains(s.tokens.get(after)
                    .text())) || s.text[after].equals("'s"))) {
                return null; // "in the China Sea", "in Russia's case"; not "in Lima Friday"
            }
            if (after + 1 < s.size() && (s.is(after, "and") || s.is(after, "or")) && s.startsAt[after + 1] != null) {
                return null; // "operations in Iraq and Afghanistan": no one place
            }
            if (listed(s, after)) {
                return null; // "flights to London, Singapore and Kuala Lumpur": no one place
            }
            String kind = u.head().kind() == null ? "" : u.head().kind();
            if (!PLACE_KINDS.contains(kind) && !(u.head().role() == null && kind.isEmpty())) {
                return null;
            }
            if (!city) {
                // a region filed under its country ("the Gaza Strip") is that place; a country stays country-only,
                // never its centre point
                Location region = PlacePhrases.regionOfCountry(u.head().text(), u.head().country(), places, resolver);
                return region != null ? region : new Location(u.head().country(), null);
            }
            return cityPlace(s, u, after, divisionWord, places, resolver);
        }
        return namedPlace(s, j, divisionWord, null, places, resolver);
    }

    /**
     * Whether the place ending before {@code after} heads a list: ", X and Y" or ", X, Y" with X a place, or ", X"
     * with X a town (a country or division after the comma qualifies the town instead: "Tripoli, Lebanon").
     */
    private static boolean listed(SentenceView s, int after) {
        ActorUnit next = after + 1 < s.size() && s.is(after, ",") ? s.startsAt[after + 1] : null;
        if (next == null || next.head().kind() == null || !PLACE_KINDS.contains(next.head().kind())) {
            return false;
        }
        int then = next.last() + 1;
        boolean more = then + 1 < s.size() && (s.is(then, "and") || s.is(then, "or") || s.is(then, ","))
                && s.startsAt[then + 1] != null;
        return more || "city".equals(next.head().kind()) || "capital".equals(next.head().kind());
    }

    /**
     * The place of a country named after its possessive at {@code j}: "in Vietnam's Ho Chi Minh City", "in China's
     * western Xinjiang region", "in France's southwestern city of Toulouse". A place shape without a name the
     * gazetteer has in that country ("in Thailand's restive south") is the country; anything else is no place ("at
     * Vietnam's request", "in Russia's case").
     */
    private static Location countrysPlace(SentenceView s, int j, String country, PlaceContext places,
                                          PlaceResolver resolver) {
        boolean shape = false;
        while (j < s.size() && s.covering[j] == null && (REGION.matcher(s.text[j]).matches()
                || (s.pos[j].startsWith("JJ") && j + 1 < s.size() && !s.pos[j + 1].startsWith("VB")))) {
            shape |= REGION.matcher(s.text[j]).matches();
            j++; // "western", "restive", "Muslim-majority"
        }
        boolean divisionWord = false;
        int settlement = settlementWord(s, j);
        if (settlement >= 0) {
            divisionWord = DIVISION_WORDS.contains(s.text[settlement]);
            j = settlement + 2;
            shape = true;
        }
        Location named = namedPlace(s, j, divisionWord, country, places, resolver);
        if (named != null) {
            return named;
        }
        boolean compass = j < s.size() && COMPASS.matcher(s.text[j]).matches() && !s.is(j + 1, "of");
        return shape || compass ? new Location(country, null) : null;
    }

    /** The city the actor unit {@code u} names, {@code after} the token after it. */
    private static Location cityPlace(SentenceView s, ActorUnit u, int after, boolean divisionWord, PlaceContext places,
                                      PlaceResolver resolver) {
        String name = s.sentence.text().substring(u.head().start() - s.sentence.start(),
                u.head().end() - s.sentence.start());
        // the dictionary's city is the best known one of the name; the article may mean another
        Place p = resolver.resolve(name, cue(s, after, divisionWord, resolver), places);
        if (p == null) {
            return new Location(u.head().country(), name);
        }
        places.saw(p);
        return located(name, p);
    }

    /**
     * A place that no actor dictionary knows, named at {@code j}: up to three capitalised proper-noun tokens the
     * gazetteer has. With {@code country} set, only a place in that country ("Vietnam's Ho Chi Minh City").
     */
    static Location namedPlace(SentenceView s, int j, boolean divisionWord, String country, PlaceContext places,
                               PlaceResolver resolver) {
        ActorUnit u = j < s.size() ? s.startsAt[j] : null;
        if (country != null && u != null && country.equals(u.head().country())
                && ("city".equals(u.head().kind()) || "capital".equals(u.head().kind()))) {
            // a city the actor dictionary knows: "Vietnam's Ho Chi Minh City"
            Place p = resolver.resolve(u.head().text(), new PlaceResolver.Cue(country, null, divisionWord), places);
            if (p == null || !country.equals(p.country())) {
                return new Location(country, u.head().text());
            }
            places.saw(p);
            return located(u.head().text(), p);
        }
        for (int len = 3; len >= 1; len--) {
            String name = properName(s, j, len);
            if (name == null || (j + len < s.size() && s.pos[j + len].startsWith("NNP")
                    && !NOT_PLACES.contains(s.tokens.get(j + len).text()))) {
                continue;
            }
            // "Qana in south Lebanon", "the town of X, in Guangdong province": the text says which country
            String holding = country == null ? PlacePhrases.holdingCountry(s, j + len, places, resolver) : null;
            if (!resolver.gazetteer().knows(name)) {
                if (holding != null) {
                    return new Location(holding, name); // a place too small for the gazetteer: named, no point
                }
                continue;
            }
            PlaceResolver.Cue cue = country != null ? new PlaceResolver.Cue(country, null, divisionWord)
                    : holding != null ? new PlaceResolver.Cue(holding, null, divisionWord)
                    : cue(s, j + len, divisionWord, resolver);
            Place p = resolver.resolve(name, cue, places);
            if (holding != null && (p == null || !holding.equals(p.country()))) {
                return new Location(holding, name);
            }
            if (country != null && (p == null || !country.equals(p.country()))) {
                return null;
            }
            if (p == null) {
                return new Location(null, name); // several places so called, nothing to choose by
            }
            places.saw(p);
            return located(name, p);
        }
        return null;
    }

    /**
     * The {@code len} tokens at {@code j} as a name when each is a free capitalised noun, else null. A capitalised
     * common noun counts: the tagger reads an unknown town name as NN in a short sentence ("met in Tripoli").
     */
    static String properName(SentenceView s, int j, int len) {
        if (j < 0 || j + len > s.size()) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = j; i < j + len; i++) {
            String t = s.tokens.get(i).text();
            if (!s.pos[i].startsWith("NN") || s.covering[i] != null || t.isEmpty()
                    || !Character.isUpperCase(t.charAt(0)) || NOT_PLACES.contains(t)) {
                return null;
            }
            if (i > j) {
                name.append(' ');
            }
            name.append(t);
        }
        return name.toString();
    }

    /** The place as the text names it, with what the gazetteer knows about the one it means. */
    static Location located(String name, Place p) {
        return new Location(p.country(), name, p.division(), p.adm1(), p.lat(), p.lon(), p.id());
    }

    /**
     * What follows the name at token {@code k}: a division word ("Herat province"), or a comma and the country or
     * first-level division that holds it ("Tripoli, Lebanon"; "San Pedro, California").
     */
    private static PlaceResolver.Cue cue(SentenceView s, int k, boolean divisionWord, PlaceResolver resolver) {
        if (k < s.size() && s.covering[k] == null && DIVISION_WORDS.contains(s.text[k])) {
            return new PlaceResolver.Cue(null, null, true);
        }
        if (k + 1 >= s.size() || !s.is(k, ",")) {
            return new PlaceResolver.Cue(null, null, divisionWord);
        }
        ActorUnit q = s.startsAt[k + 1];
        if (q != null && q.head().country() != null && "country".equals(q.head().kind())) {
            return new PlaceResolver.Cue(q.head().country(), null, divisionWord);
        }
        StringBuilder name = new StringBuilder();
        for (int i = k + 1; i < s.size() && i <= k + 3 && s.pos[i].startsWith("NNP") && s.covering[i] == null; i++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(s.tokens.get(i).text());
            for (Place d : resolver.gazetteer().named(name.toString())) {
                if (d.kind() == Place.Kind.ADM1) {
                    return new PlaceResolver.Cue(null, d.adm1(), divisionWord); // the most populous division so called
                }
            }
        }
        return new PlaceResolver.Cue(null, null, divisionWord);
    }
}
