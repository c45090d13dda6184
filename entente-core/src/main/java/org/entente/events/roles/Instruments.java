package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Coordination;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.VerbForms;
import org.entente.events.syntax.Voice;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorMention;

/**
 * The instrument of a passive act: in "X was shot down by a missile fired by Y" the "by" phrase names a weapon, not
 * a doer. The doer is the agent of the participle that modifies the weapon ("fired by", "launched by", "planted
 * by", "believed to have been fired by"), or an actor that modifies the weapon itself ("an Israeli missile"). Without
 * either the act is still an event against the named target, by an unnamed doer (a null source, as an analyst would
 * code it). The participle clause is itself the act aimed at the same target: Y fired the missile at X.
 */
public final class Instruments {
    /** Weapons as a noun phrase's head: what is launched, dropped, planted or fired, never a doer. */
    static final Set<String> WEAPONS = Lexicon.words("instruments.weapons");
    /** "a Russian-made missile": an actor that made or supplied the weapon is no doer. */
    private static final Set<String> MAKERS = Lexicon.words("instruments.makers");

    /** "a Russian-made missile": the actor made the weapon (tokenized "Russian-" "made", "-made" or "-" "made"). */
    static boolean maker(SentenceView s, ActorUnit u) {
        int k = u.last() + 1;
        if (k < s.size() && s.text[k].isEmpty()) {
            k++; // a separate hyphen token
        } else if (k >= s.size() || !(s.tokens.get(k).text().startsWith("-")
                || s.tokens.get(u.last()).text().endsWith("-"))) {
            return false;
        }
        return k < s.size() && MAKERS.contains(s.text[k]);
    }

    /**
     * A weapon named in a "by" phrase.
     *
     * @param by    the "by" token
     * @param head  the weapon's head noun
     * @param doers who used it, or empty when the text does not say
     */
    public record Instrument(int by, int head, List<ActorUnit> doers) {
    }

    private Instruments() {
    }

    static boolean weapon(SentenceView s, int k) {
        return WEAPONS.contains(s.text[k]) || WEAPONS.contains(s.lemma[k]);
    }

    /**
     * The weapon of a passive verb whose match ends at {@code from}: a "by" phrase a few words on (over a place or
     * time: "blown up over eastern X by a missile") whose head is a weapon; else null.
     */
    public static Instrument after(SentenceView s, int from) {
        for (int k = from; k < s.size() && k <= from + 8; k++) {
            if (s.is(k, "by")) {
                return at(s, k);
            }
            if (s.covering[k] != null) {
                continue;
            }
            if (s.isHardBoundary(k) || s.text[k].equals(",") || (s.isVerb(k) && !s.pos[k].startsWith("RB"))) {
                return null;
            }
        }
        return null;
    }

    /** The weapon phrase after the "by" at {@code by}, with its doers; null when its head is no weapon. */
    static Instrument at(SentenceView s, int by) {
        ActorUnit owner = null;
        for (int j = by + 1; j < s.size() && j <= by + 9; j++) {
            if (s.covering[j] != null) {
                ActorUnit u = s.covering[j];
                owner = owner == null && !maker(s, u) ? u : owner;
                j = u.last();
                continue;
            }
            // the head, unless a noun follows ("missile launcher"; but "missile thought to ..." may be tagged so)
            List<ActorUnit> used = weapon(s, j) ? participleAgent(s, j + 1) : List.of();
            boolean nounAfter = j + 1 < s.size() && s.isNoun(j + 1) && s.covering[j + 1] == null;
            if (weapon(s, j) && (!used.isEmpty() || !nounAfter)) {
                List<ActorUnit> doers = used;
                if (doers.isEmpty() && owner != null) {
                    doers = Coordination.coordinated(s, owner);
                }
                return new Instrument(by, j, doers);
            }
            // inside a compound ("surface-to-air", "heat-seeking") any word goes; hyphens are normalised to ""
            String raw = s.tokens.get(j).text();
            boolean compound = s.text[j].isEmpty() || raw.endsWith("-") || raw.startsWith("-")
                    || s.tokens.get(j - 1).text().endsWith("-") || (s.is(j, "to") && s.is(j + 1, ""));
            if (!(s.isNounPhraseFiller(j) || compound)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "fired by Y", "reportedly launched by Y", "believed to have been fired by Y", "carried out by Y": the agent of
     * the participle that follows a weapon at {@code k}; empty if there is none.
     */
    private static List<ActorUnit> participleAgent(SentenceView s, int k) {
        int j = k;
        while (j < s.size() && s.covering[j] == null && (s.pos[j].startsWith("RB")
                || (Voice.RAISING.contains(s.text[j]) && s.is(j + 1, "to")) || s.is(j, "to") || s.is(j, "have")
                || s.is(j, "be") || s.is(j, "been") || s.is(j, "that") || s.is(j, "which") || s.is(j, "was")
                || s.is(j, "were"))) {
            j++;
        }
        if (j >= s.size() || !s.isVerb(j) || !VerbForms.participleForm(s.text[j])) {
            return List.of();
        }
        j++;
        if (j < s.size() && Voice.PARTICLES.contains(s.text[j])) {
            j++;
        }
        return s.is(j, "by") ? Agents.agentAt(s, j + 1) : List.of();
    }

    /**
     * The weapon as the event's doer when the text names none: a unit over the weapon's words whose mention has no
     * actor code, so the event's source (code, country and evidence span) is null.
     */
    public static ActorUnit unnamed(SentenceView s, Instrument w, ActorMention like) {
        int first = w.by() + 1;
        int last = w.head();
        ActorMention m = new ActorMention(like.sentence(), s.tokens.get(first).start(), s.tokens.get(last).end(),
                first, last, s.tokens.get(last).text(), null, null, null, null,
                "instrument", 0.5, "instrument without a named doer");
        return new ActorUnit(first, last, List.of(m));
    }

    /**
     * An event of an unnamed doer rests on its target alone, so the target must be the passive subject's own noun
     * phrase, ending right before the verb group ("The X Airlines jet was"), not an actor reached over a comma ("X
     * Flight 17, another Boeing 777, was": the maker of the plane).
     */
    public static boolean subjectPhrase(SentenceView s, ActorUnit target, int verb) {
        int k = verb - 1;
        while (k > target.last() && s.covering[k] == null && (Auxiliaries.BEFORE_VERB.contains(s.text[k])
                || Auxiliaries.PASSIVE.contains(s.text[k]) || s.pos[k].startsWith("RB"))) {
            k--;
        }
        for (int j = target.last() + 1; j <= k; j++) {
            if (!(s.pos[j].startsWith("NN") || s.pos[j].equals("CD") || s.pos[j].startsWith("JJ")
                    || s.isPossessive(j) || s.text[j].isEmpty())) {
                return false;
            }
        }
        return target.last() < verb;
    }

    /** Is the unit the weapon of {@link #unnamed}, standing for a doer the text does not name? */
    public static boolean isUnnamed(List<ActorUnit> units) {
        return units.size() == 1 && units.get(0).head().code() == null;
    }

    /**
     * "X was blown up by a missile fired by Y": for the participle at {@code verb} whose object noun {@code head} is
     * a weapon in the "by" phrase of an earlier passive, the target of that passive (X); else empty.
     */
    public static List<ActorUnit> patientOf(SentenceView s, int head) {
        if (!weapon(s, head)) {
            return List.of();
        }
        int by = -1;
        for (int k = head - 1; k >= 0 && k >= head - 9; k--) {
            if (s.is(k, "by")) {
                by = k;
                break;
            }
        }
        if (by < 0 || at(s, by) == null || at(s, by).head() != head) {
            return List.of();
        }
        for (int k = by - 1; k >= 0 && k >= by - 8; k--) {
            if (s.covering[k] != null) {
                k = s.covering[k].first();
                continue;
            }
            if (s.isHardBoundary(k) || s.text[k].equals(",")) {
                return List.of();
            }
            if (s.isVerb(k) && !Voice.PARTICLES.contains(s.text[k])) {
                return Voice.passive(s, k) ? Roles.verbSubject(s, k).units() : List.of();
            }
        }
        return List.of();
    }
}
