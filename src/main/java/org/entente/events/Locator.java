package org.entente.events;

import java.util.List;
import java.util.Set;

/**
 * Where an event happened, when its clause says so: "in Peru", "at the summit in Lima". A country named after
 * "in/at" gives the country; a city gives the place and, when the gazetteer can tell, its country. Nothing is
 * guessed from the actors themselves: an event without a stated place has no location.
 */
final class Locator {
    private static final Set<String> PLACE_PREP = Set.of("in", "at", "near", "outside");
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "His", "Her", "Their", "Its", "This");
    private static final Set<String> PLACE_KINDS = Set.of("country", "capital", "city", "place", "location");

    private Locator() {
    }

    /**
     * @param exclude        units that are the event's own source/target (naming them is not a location)
     * @param articleCountries countries the article mentions, to choose among same-named cities
     */
    static Location locate(SentenceView s, int scopeStart, int trigger, List<ActorUnit> exclude,
                           Set<String> articleCountries, Gazetteer gazetteer) {
        Location best = null;
        int bestDistance = Integer.MAX_VALUE;
        int end = Math.min(s.size() - 1, trigger + 15);
        for (int k = Math.max(0, scopeStart); k < end; k++) {
            if (k > trigger && s.isHardBoundary(k)) {
                break;
            }
            if (!PLACE_PREP.contains(s.text[k]) || s.covering[k] != null) {
                continue;
            }
            int j = k + 1;
            if (j < s.size() && s.pos[j].equals("DT") && s.covering[j] == null) {
                j++;
            }
            Location loc = placeAt(s, j, exclude, articleCountries, gazetteer);
            int distance = Math.abs(k - trigger);
            if (loc != null && distance < bestDistance) {
                best = loc;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Location placeAt(SentenceView s, int j, List<ActorUnit> exclude, Set<String> articleCountries,
                                    Gazetteer gazetteer) {
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
            String kind = u.head().kind() == null ? "" : u.head().kind();
            if (!PLACE_KINDS.contains(kind) && !(u.head().role() == null && kind.isEmpty())) {
                return null;
            }
            boolean city = kind.equals("capital") || kind.equals("city");
            return new Location(u.head().country(), city ? s.sentence.text().substring(
                    u.head().start() - s.sentence.start(), u.head().end() - s.sentence.start()) : null);
        }
        // a city that no actor dictionary knows: up to three capitalised proper-noun tokens
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
            List<String> cs = gazetteer.countries(name.toString());
            if (cs.isEmpty()) {
                continue;
            }
            String country = cs.size() == 1 ? cs.get(0) : null;
            if (country == null) {
                for (String c : cs) {
                    if (articleCountries.contains(c)) {
                        country = c;
                        break;
                    }
                }
            }
            return new Location(country, name.toString());
        }
        return null;
    }
}
