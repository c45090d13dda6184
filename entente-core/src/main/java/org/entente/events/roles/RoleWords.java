package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * Bare role words in an object phrase ("rebels", "the president", "the opposition", "forces"): can the act be
 * aimed at them, whose are they, and the actor code they get as the doer's own people or as the people of the
 * place named with them. Used by {@link ObjectTargets}.
 */
public final class RoleWords {
    private RoleWords() {
    }

    /** Roles that act on their own account even when the text names no country: armed groups, gunmen. */
    public static final Set<String> UNNAMED_DOERS = Lexicon.words("role-words.unnamed-doers");

    /**
     * "Insurgents", "unidentified gunmen": an armed group of no named country as the doer (---REB, ---CRM), or null
     * when the role is of another kind or someone's own ("their fighters": the owner is the doer).
     */
    static ActorUnit unnamedDoer(SentenceView s, ActorMention role) {
        if (role == null || !UNNAMED_DOERS.contains(role.role())
                || s.is(role.firstToken() - 1, "their") || s.is(role.firstToken() - 1, "its")) {
            return null;
        }
        return new ActorUnit(role.firstToken(), role.lastToken(), List.of(role));
    }

    /** Role sectors that denote people or offices an act can be aimed at; not MIL (own troops are instruments). */
    private static final Set<String> DOMESTIC_ROLES = Lexicon.words("role-words.domestic-roles");

    /** The role word that covers token {@code j} (role words are indexed by their first token), or null. */
    static ActorMention roleEndingAt(SentenceView s, int j) {
        for (int i = j; i >= 0 && i >= j - 4; i--) {
            ActorMention r = s.roleAt[i];
            if (r != null && r.lastToken() >= j) {
                return r;
            }
        }
        return null;
    }

    /**
     * Can the role word at {@code k} be what the act is aimed at? People and offices can; armed forces only as the
     * other side ("a truce with forces", "fighting against guerrillas"): as a bare object they are the doer's own
     * instruments ("withdrew troops").
     */
    public static boolean aimedAt(SentenceView s, int k, ActorMention r) {
        if (DOMESTIC_ROLES.contains(r.role())) {
            return true;
        }
        if (!r.role().equals("MIL")) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && s.covering[j] == null && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ"))) {
            j--;
        }
        return s.is(j, "with") || s.is(j, "against");
    }

    /** The role word's sector in the linked actor's country ("rebels in C" -> C + REB); the actor if it has none. */
    public static ActorUnit roleOf(ActorMention r, ActorUnit linked) {
        ActorMention h = linked.head();
        if (h.country() == null) {
            return linked;
        }
        String c = h.country();
        ActorMention d = new ActorMention(r.sentence(), r.start(), r.end(), r.firstToken(), r.lastToken(), r.text(),
                c + r.role(), c, r.role(), "country:" + c + ":" + r.role(), "role", r.confidence(),
                r.source() + " + " + h.source() + " (" + r.text() + " of " + h.text() + ")");
        return new ActorUnit(r.firstToken(), r.lastToken(), List.of(d));
    }

    /** "patrols by police": the agent of a noun in the object phrase acts with the doer, it is not acted upon. */
    static boolean agentOfNoun(SentenceView s, int k) {
        int j = k - 1;
        while (j >= 0 && s.covering[j] == null && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ"))) {
            j--;
        }
        return s.is(j, "by");
    }

    /** "rebels in C", "the parliament of C": a named actor right after the role word via in/of/from. */
    public static ActorUnit linkedPlace(SentenceView s, int k) {
        if (k >= s.size() || !(s.is(k, "in") || s.is(k, "of") || s.is(k, "from"))) {
            return null;
        }
        int j = k + 1;
        while (j < s.size() && s.covering[j] == null && (s.pos[j].equals("DT") || s.pos[j].startsWith("JJ"))) {
            j++;
        }
        return j < s.size() ? s.startsAt[j] : null;
    }

    /** Modifiers that say the people are not the doer's own: "foreign firms", "international monitors". */
    private static final Set<String> NOT_OWN = Lexicon.words("role-words.not-own");

    /**
     * Is the role word someone else's? "Peru's rebels" (another actor owns it), "foreign firms", or an
     * acronym of an organisation no dictionary knows before it ("XYZ officials"): whose they are is then unknown.
     */
    static boolean ownedElsewhere(SentenceView s, ActorMention r) {
        int k = r.firstToken();
        for (int i = Math.max(0, k - 3); i < r.lastToken(); i++) {
            if (NOT_OWN.contains(s.text[i]) && (i >= k || s.covering[i] == null)) {
                return true;
            }
        }
        for (int i = k; i < r.lastToken(); i++) {
            if (acronym(s, i)) {
                return true;
            }
        }
        int j = k - 1;
        while (j >= 0 && s.covering[j] == null && s.pos[j].startsWith("JJ")) {
            j--;
        }
        if (j >= 0 && acronym(s, j)) {
            return true;
        }
        return j >= 0 && s.isPossessive(j) && (s.endsAt[j] != null || (j > 0 && s.endsAt[j - 1] != null));
    }

    private static boolean acronym(SentenceView s, int i) {
        String t = s.tokens.get(i).text();
        return s.covering[i] == null && t.length() >= 2 && t.chars().allMatch(Character::isUpperCase);
    }

    /** The role word as the doer's own people: its sector with the doer's country. */
    static List<ActorUnit> domestic(ActorMention r, String own, List<ActorUnit> sources) {
        ActorMention d = new ActorMention(r.sentence(), r.start(), r.end(), r.firstToken(), r.lastToken(), r.text(),
                own + r.role(), own, r.role(), "country:" + own + ":" + r.role(), "domestic", r.confidence(),
                r.source() + " (unnamed: of " + own + ", the doer's own country or the one the act happens in)");
        for (ActorUnit u : sources) {
            for (ActorMention a : u.members()) {
                if (a.code().equals(d.code())) {
                    return List.of(); // "the government ... the government": the same body, no dyad
                }
            }
        }
        return List.of(new ActorUnit(r.firstToken(), r.lastToken(), List.of(d)));
    }
}
