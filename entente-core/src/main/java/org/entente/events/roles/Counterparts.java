package org.entente.events.roles;

import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "met his Greek counterpart", "talks with her Chinese counterparts": a counterpart holds the other side's office in
 * another country, so an actor named only by its country before the word takes the role of the doers it faces
 * (ITAGOV meeting "his Greek counterpart" meets GRCGOV; an army chief's counterpart is MIL). Only when every doer has
 * one country and they share one role; the nouns are the lexicon's {@code counterparts.nouns}.
 */
public final class Counterparts {
    private static final Set<String> NOUNS = Lexicon.words("counterparts.nouns");

    private Counterparts() {
    }

    /** The targets with each country-only counterpart given the doers' role; the same list when none is. */
    public static List<ActorUnit> of(SentenceView s, List<ActorUnit> targets, List<ActorUnit> sources) {
        String role = sharedRole(sources);
        if (role == null || targets.isEmpty()) {
            return targets;
        }
        List<ActorUnit> out = null;
        for (int i = 0; i < targets.size(); i++) {
            ActorUnit u = targets.get(i);
            ActorMention h = u.head();
            int next = u.last() + 1;
            if (h.role() != null || h.country() == null || u.members().size() != 1 || next >= s.size()
                    || !NOUNS.contains(s.text[next]) || ofCountry(sources, h.country())) {
                // (a counterpart from the doers' own country, "the Greek Cypriot leader's Turkish Cypriot
                // counterpart" both coded CYP, is another side the codes cannot tell apart: left as named)
                continue;
            }
            ActorMention c = new ActorMention(h.sentence(), h.start(), h.end(), h.firstToken(), h.lastToken(),
                    h.text(), h.country() + role, h.country(), role, "country:" + h.country() + ":" + role, h.kind(),
                    h.confidence(), h.source() + " (a counterpart: the doer's office, " + role + ", in " + h.country()
                    + ")");
            if (out == null) {
                out = new ArrayList<>(targets);
            }
            out.set(i, new ActorUnit(u.first(), u.last(), List.of(c)));
        }
        return out == null ? targets : out;
    }

    private static boolean ofCountry(List<ActorUnit> sources, String country) {
        for (ActorUnit u : sources) {
            for (ActorMention a : u.members()) {
                if (country.equals(a.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one role every doer holds, each with a known country; null otherwise. */
    private static String sharedRole(List<ActorUnit> sources) {
        String role = null;
        for (ActorUnit u : sources) {
            for (ActorMention a : u.members()) {
                if (a.role() == null || a.country() == null || (role != null && !role.equals(a.role()))) {
                    return null;
                }
                role = a.role();
            }
        }
        return role;
    }
}
