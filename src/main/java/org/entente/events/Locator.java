package org.entente.events;

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
final class Locator {
    private static final Set<String> PLACE_PREP = Lexicon.words("locator.place-prep");
    private static final Set<String> NOT_PLACES = Lexicon.words("locator.not-places");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
            "(north|south)?-?(north|south|east|west)ern|central|(north|south)-?(east|west)ern|far|remote|rural");
    private static final Set<String> SETTLEMENT = Lexicon.words("locator.settlement");
    private static final Set<String> PLACE_KINDS = Lexicon.words("locator.place-kinds");
    /** Words after a name, or in "the X of", that make it a division: "Herat province", "the state of Kerala". */
    private static final Set<String> DIVISION_WORDS = Lexicon.words("locator.division-words");

    private Locator() {
    }

    /**
     * @param exclude        units that are the event's own source/target (naming them is not a location)
     * @param articleCountries countries the article mentions, to choose among same-named cities
     */
    static Location locate(SentenceView s, int scopeStart, int trigger, List<ActorUnit> exclude,
                           PlaceContext places, PlaceResolver resolver) {
        Location best = null;
        int bestDistance = Integer.MAX_VALUE;
        int end = Math.min(s.size() - 1, trigger + 15);
        for (int k = Math.max(0, scopeStart); k < end; k++) {
            if (k > trigger && s.isHardBoundary(k)) {
                break;
            }
            if (!PLACE_PREP.contains(s.text[k]) || s.covering[k] != null || (k < trigger && (verbBetween(s, k, trigger) || verbBetween(s, Math.max(0, scopeStart) - 1, k)))) {
                continue;
            }
            int j = k + 1;
            if (j < s.size() && s.pos[j].equals("DT") && s.covering[j] == null) {
                j++;
            }
            if (j < s.size() && s.covering[j] == null && REGION.matcher(s.text[j]).matches()) {
                j++; // "in northern Iraq", "in the south-eastern city of"
            }
            boolean divisionWord = false;
            if (j + 1 < s.size() && s.covering[j] == null && SETTLEMENT.contains(s.text[j]) && s.is(j + 1, "of")) {
                divisionWord = DIVISION_WORDS.contains(s.text[j]);
                j += 2; // "in the city of Valparaiso"
            }
            Location loc = placeAt(s, j, divisionWord, exclude, places, resolver);
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
        return best;
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
            if (after < s.size() && (s.pos[after].startsWith("NNP") || s.text[after].equals("'s"))) {
                return null; // "in the China Sea", "in Russia's case"
            }
            if (after + 1 < s.size() && (s.is(after, "and") || s.is(after, "or")) && s.startsAt[after + 1] != null) {
                return null; // "operations in Iraq and Afghanistan": no one place
            }
            String kind = u.head().kind() == null ? "" : u.head().kind();
            if (!PLACE_KINDS.contains(kind) && !(u.head().role() == null && kind.isEmpty())) {
                return null;
            }
            if (!kind.equals("capital") && !kind.equals("city")) {
                return new Location(u.head().country(), null); // a country: country-only, never its centre point
            }
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
        // a place that no actor dictionary knows: up to three capitalised proper-noun tokens
        for (int len = 3; len >= 1; len--) {
            if (j + len > s.size()) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean ok = true;
            for (int i = j; i < j + len; i++) {
                String t = s.tokens.get(i).text();
                if (!s.pos[i].startsWith("NNP") || s.covering[i] != null || t.isEmpty()
                        || !Character.isUpperCase(t.charAt(0)) || NOT_PLACES.contains(t)) {
                    ok = false;
                    break;
                }
                if (i > j) {
                    name.append(' ');
                }
                name.append(t);
            }
            if (!ok || (j + len < s.size() && s.pos[j + len].startsWith("NNP"))) {
                continue;
            }
            if (!resolver.gazetteer().knows(name.toString())) {
                continue;
            }
            Place p = resolver.resolve(name.toString(), cue(s, j + len, divisionWord, resolver), places);
            if (p == null) {
                return new Location(null, name.toString()); // several places so called, nothing to choose by
            }
            places.saw(p);
            return located(name.toString(), p);
        }
        return null;
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
