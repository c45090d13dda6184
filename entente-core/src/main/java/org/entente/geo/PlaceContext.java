package org.entente.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an article says about where it is, for choosing among same-named places: the countries it names, its dateline
 * place, and the places already resolved in it (earlier sentences first). One per article; not shared across threads.
 */
public final class PlaceContext {
    private final Set<String> countries;
    private final Set<String> mainCountries;
    private Place dateline;
    private final List<Place> seen = new ArrayList<>();

    /**
     * @param countries     alpha-3 codes of the countries the article names (actor mentions with a country)
     * @param mainCountries those it names most often (ties: all of them)
     */
    public PlaceContext(Set<String> countries, Set<String> mainCountries) {
        this.countries = countries;
        this.mainCountries = mainCountries;
    }

    /** The countries named, counting each mention, with the most named as the main ones. */
    public static PlaceContext ofMentions(java.util.Map<String, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> main = new java.util.HashSet<>();
        counts.forEach((c, n) -> {
            if (n == max) {
                main.add(c);
            }
        });
        return new PlaceContext(Set.copyOf(counts.keySet()), Set.copyOf(main));
    }

    /** A context that knows nothing about the article (the population prior alone decides). */
    public static PlaceContext empty() {
        return new PlaceContext(Set.of(), Set.of());
    }

    public Set<String> countries() {
        return countries;
    }

    public Set<String> mainCountries() {
        return mainCountries;
    }

    public Place dateline() {
        return dateline;
    }

    /** Sets the article's dateline place ("KAZAN, Russia, Oct 23 (Wire) -"). */
    public void dateline(Place p) {
        dateline = p;
        if (p != null) {
            saw(p);
        }
    }

    /** Places resolved so far in the article. */
    public List<Place> seen() {
        return seen;
    }

    /** Records a place the article was found to name, so later same-named places lean towards its neighbourhood. */
    public void saw(Place p) {
        if (p != null && p.kind() != Place.Kind.COUNTRY && seen.size() < 64 && !seen.contains(p)) {
            seen.add(p);
        }
    }
}
