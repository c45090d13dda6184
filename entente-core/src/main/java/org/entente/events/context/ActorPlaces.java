package org.entente.events.context;

import org.entente.events.model.ActorUnit;
import org.entente.events.model.Location;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.geo.Place;
import org.entente.geo.PlaceContext;
import org.entente.geo.PlaceResolver;

/**
 * The place an actor's own words give, for an event whose clause names none: "Shanghai police raided ...",
 * "Police in Kisumu, Kenya, arrested ...". Only the event's doers, and only those that act where they are (police,
 * courts, civilians: not a news agency or a ministry, whose name may hold a town's). A place inside the actor's
 * phrase is taken only when it lies in the actor's own country, never from a person's name or from an actor that
 * is itself a place ("Moscow said").
 */
final class ActorPlaces {
    /** Roles that act where they are: police, courts, civilians, workers, students, refugees. */
    static final Set<String> LOCAL_ROLES = Lexicon.words("actor-places.local-roles");
    /** Mention kinds that are the place itself (the event is the place's act, not an act there). */
    private static final Set<String> PLACE_ACTORS = Set.of("country", "capital", "city", "demonym", "people");

    private ActorPlaces() {
    }

    static Location of(SentenceView s, List<ActorUnit> units, PlaceContext places, PlaceResolver resolver) {
        for (ActorUnit u : units) {
            ActorMention head = u.head();
            // a doer carried from an earlier sentence ("he", "they": rule pronoun-source) has its words there
            if (head.sentence() != s.sentence.index() || u.last() >= s.size()) {
                continue;
            }
            if (head.country() == null || head.role() == null || !LOCAL_ROLES.contains(head.role())
                    || "person".equals(head.kind())
                    || "coreference".equals(head.kind())) {
                continue;
            }
            Location countryOnly = null;
            for (int j = u.first(); j <= u.last(); j++) {
                for (int len = Math.min(3, u.last() - j + 1); len >= 1; len--) {
                    String name = name(s, j, len);
                    if (name == null || isPlaceActor(u, j, j + len - 1)) {
                        continue;
                    }
                    for (Place p : resolver.gazetteer().named(name)) {
                        if (p.kind() == Place.Kind.COUNTRY && p.country().equals(head.country())) {
                            countryOnly = new Location(p.country(), null); // "Authorities in Madagascar"
                        }
                    }
                    Place p = resolver.resolve(name, new PlaceResolver.Cue(head.country(), null, false), places);
                    if (p != null && p.country().equals(head.country())) {
                        places.saw(p);
                        return Locator.located(name, p);
                    }
                }
            }
            if (countryOnly != null) {
                return countryOnly;
            }
        }
        return null;
    }

    /** Tokens j..j+len-1 as a name when each is a capitalised proper noun (the unit covers them: no check). */
    private static String name(SentenceView s, int j, int len) {
        StringBuilder name = new StringBuilder();
        for (int i = j; i < j + len; i++) {
            String t = s.tokens.get(i).text();
            if (!s.pos[i].startsWith("NNP") || t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                return null;
            }
            if (i > j) {
                name.append(' ');
            }
            name.append(t);
        }
        return name.toString();
    }

    /**
     * Whether the name at first..last is the actor itself: a place (or its people) that is the whole unit ("Moscow
     * said"), not a place modifying another word of it ("Shanghai police").
     */
    private static boolean isPlaceActor(ActorUnit u, int first, int last) {
        for (ActorMention m : u.members()) {
            if (m.firstToken() == first && m.lastToken() == last && (PLACE_ACTORS.contains(m.kind())
                    || m.role() == null)) {
                return true;
            }
        }
        return false;
    }
}
