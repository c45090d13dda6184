package org.entente.events.roles;

import org.entente.actors.ActorMention;
import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People named by their nationality: "killed three Israelis", "arrested an Egyptian and six others", "convicted a
 * Jamaican man". The recognizer codes such a mention as the bare country (kind {@code people} for a plural
 * demonym, {@code demonym} for the adjective); as the one an act is done to it is that country's civilians (CVL),
 * not its state. A demonym counts as people when it is a noun — after an article or a number with no noun after
 * it ("a Palestinian near the wall", "105 Lebanese in the south") — or before a noun of the lexicon's
 * {@code nationals.person-nouns} ("a Pakistani man"); "the Egyptian and Syrian ministers" is no noun use.
 */
public final class Nationals {
    private static final Set<String> PERSON_NOUNS = Lexicon.words("nationals.person-nouns");
    private static final Set<String> OPENERS = Lexicon.words("nationals.openers");
    private static final Set<String> QUANTITIES = Lexicon.words("nationals.quantities");

    private Nationals() {
    }

    /**
     * The targets with each nationality naming people coded as that country's civilians; the same list if none.
     * {@code bodily}: the act is done to persons' bodies (CAMEO trait person_object: arrest, assault, killing), so a
     * plural demonym ("the Britons were detained") is people; otherwise only a counted one is ("14 Iraqis"), as
     * "called on the Palestinians", "talks with the North Koreans" speak of a people or its officials.
     */
    public static List<ActorUnit> of(SentenceView s, List<ActorUnit> targets, boolean bodily) {
        List<ActorUnit> out = null;
        for (int i = 0; i < targets.size(); i++) {
            ActorUnit u = targets.get(i);
            ActorMention h = u.head();
            if (u.members().size() != 1 || h.role() != null || h.country() == null || !people(s, u, h.kind(), bodily)) {
                continue;
            }
            ActorMention c = new ActorMention(h.sentence(), h.start(), h.end(), h.firstToken(), h.lastToken(),
                    h.text(), h.country() + "CVL", h.country(), "CVL", "country:" + h.country() + ":CVL", h.kind(),
                    h.confidence(), h.source() + " (people named by their nationality: civilians of "
                    + h.country() + ")");
            if (out == null) {
                out = new ArrayList<>(targets);
            }
            out.set(i, new ActorUnit(u.first(), u.last(), List.of(c)));
        }
        return out == null ? targets : out;
    }

    /** A number or a word of quantity before the noun, over "of": "14 Iraqis", "hundreds of Palestinians". */
    private static boolean counted(SentenceView s, int before) {
        if (before >= 1 && s.is(before, "of")) {
            before--;
        }
        return before >= 0 && (s.pos[before].equals("CD") || QUANTITIES.contains(s.text[before]));
    }

    private static boolean people(SentenceView s, ActorUnit u, String kind, boolean bodily) {
        if ("people".equals(kind)) {
            return bodily || counted(s, u.first() - 1);
        }
        if (!"demonym".equals(kind)) {
            return false;
        }
        int next = u.last() + 1;
        if (next < s.size() && PERSON_NOUNS.contains(s.text[next])) {
            return true; // "a Pakistani man"
        }
        int before = u.first() - 1;
        if (before < 0 || !(OPENERS.contains(s.text[before]) || s.pos[before].equals("CD"))) {
            return false;
        }
        if (next >= s.size()) {
            return true;
        }
        if (s.isNoun(next) || s.pos[next].startsWith("JJ") || s.covering[next] != null || s.roleAt[next] != null
                || s.isPossessive(next)) {
            return false; // "an Egyptian court", "the Egyptian Interior Minister"
        }
        if ((s.is(next, "and") || s.is(next, "or") || s.is(next, ",")) && next + 1 < s.size()
                && (s.covering[next + 1] != null || s.pos[next + 1].startsWith("JJ"))) {
            return false; // "the Egyptian and Syrian ministers"
        }
        return true;
    }
}
