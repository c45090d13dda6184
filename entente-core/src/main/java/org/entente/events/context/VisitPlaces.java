package org.entente.events.context;

import org.entente.events.matching.PatternMatcher;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.Location;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.geo.Place;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;

/**
 * A visit goes to a country even when the text names only a town or an occasion there: "attended the Olympics in
 * Sochi", "attended the Beijing Olympics". CAMEO codes a visit (042) as directed at the host country, so a visit
 * with no named target takes the country of its stated place, unless that is the visitor's own (a domestic trip
 * is no relation between states). The place name stays the evidence; its country comes from the gazetteer.
 */
public final class VisitPlaces {
    private VisitPlaces() {
    }

    /**
     * @param location the event's stated place (Locator), or null
     * @return the host country as a target, or an empty list
     */
    public static List<ActorUnit> host(SentenceView s, PatternMatcher.Match m, List<ActorUnit> sources, Location location,
                                PlaceResolver resolver, PlaceContext places) {
        // the occasion's own name first ("the Beijing Olympics"): a city word inside the matched phrase
        for (int k = m.trigger() + 1; k < m.end() && k < s.size(); k++) {
            if (s.covering[k] != null || !s.pos[k].startsWith("NNP") || !s.pos[Math.min(k + 1, s.size() - 1)]
                    .startsWith("NN")) {
                continue;
            }
            String name = s.tokens.get(k).text();
            Place p = resolver.gazetteer().knows(name) ? resolver.resolve(name, PlaceResolver.Cue.NONE, places) : null;
            // a visit target is an actor: only a town the article leaves no doubt about ("York" is in four countries)
            if (p != null && (places.countries().contains(p.country()) || ArticlePlaces.oneCountry(name, resolver))) {
                return target(s, k, k, p.country(), sources);
            }
        }
        if (location == null || location.country() == null) {
            return List.of();
        }
        if (location.place() == null) {
            // "attend a fair in Chile": the country named after in/at, an actor mention of its own
            for (int k = m.end(); k < s.size() && k <= m.end() + 6; k++) {
                ActorUnit u = s.startsAt[k];
                if (u != null && location.country().equals(u.head().country()) && u.head().role() == null
                        && s.isPreposition(k - 1)) {
                    for (ActorUnit src : sources) {
                        if (u.head().country().equals(src.head().country())) {
                            return List.of();
                        }
                    }
                    return List.of(u);
                }
            }
            return List.of();
        }
        String[] words = location.place().split(" ");
        for (int k = m.end(); k + words.length <= s.size(); k++) {
            boolean same = true;
            for (int i = 0; i < words.length && same; i++) {
                same = s.tokens.get(k + i).text().equals(words[i]);
            }
            if (same) {
                return target(s, k, k + words.length - 1, location.country(), sources);
            }
        }
        return List.of();
    }

    private static List<ActorUnit> target(SentenceView s, int first, int last, String country,
                                          List<ActorUnit> sources) {
        for (ActorUnit u : sources) {
            for (ActorMention a : u.members()) {
                if (country.equals(a.country())) {
                    return List.of(); // a trip at home
                }
            }
        }
        ActorMention h = sources.get(0).head();
        String text = s.sentence.text().substring(s.tokens.get(first).start() - s.sentence.start(),
                s.tokens.get(last).end() - s.sentence.start());
        ActorMention host = new ActorMention(h.sentence(), s.tokens.get(first).start(), s.tokens.get(last).end(),
                first, last, text, country, country, null, "country:" + country, "place", 0.6,
                "geo/gazetteer.tsv.gz: the visit's place " + text + " is in " + country);
        return List.of(new ActorUnit(first, last, List.of(host)));
    }
}
