package org.entente.events.roles;

import org.entente.events.model.ActorUnit;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Voice;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.parse.DependencyParse;

/**
 * A past participle that describes a noun ("officials accused of corruption", "the rebels arrested on Monday",
 * "Kenyan diplomats expelled by Uganda") is a passive: the noun is the one acted upon and the doer is the
 * participle's "by" agent, or nobody the sentence names. The tagger often reads such a participle as a past tense
 * (VBD) and the word-order search then takes the noun before it as the doer; the dependency parse says what it is:
 * the participle hangs on the noun as a clausal modifier ({@code acl}) and the parser's own tag is VBN.
 *
 * <p>Read by the chain's rule {@code reduced-relative} (events/rules.tsv), which re-roles a candidate whose doer was
 * read from before such a participle, and by {@link org.entente.events.matching.RetoldActs} (through
 * {@link Voice#participlePhraseEnd}), for which the complement of such a participle ends with its own phrase.
 */
public final class ReducedRelatives {
    /**
     * A participle that describes a noun: the noun's token, the actors the noun phrase names (the one acted upon;
     * empty for "the man arrested") and the actors of its "by" agent (empty when the sentence names no doer).
     */
    public record Reading(int noun, List<ActorUnit> patients, List<ActorUnit> agents) {
    }

    private ReducedRelatives() {
    }

    /** The reading of the verb at {@code trigger} as a participle describing a noun, or null when it is none. */
    public static Reading read(SentenceView s, int trigger) {
        DependencyParse p = ParseRoles.parse(s);
        if (p == null || !Voice.describesNoun(p, trigger)) {
            return null;
        }
        int noun = p.head(trigger);
        if (Boolean.getBoolean("entente.parser.debug")) {
            System.err.println("REDUCED " + s.text[trigger] + " of " + s.text[noun] + " (" + p.label(noun) + " of "
                    + (p.head(noun) < 0 ? "ROOT" : s.text[p.head(noun)] + "/" + p.tag(p.head(noun))) + ") | " + p);
        }
        return new Reading(noun, patients(s, p, noun), agents(s, p, trigger));
    }

    /** The actors the described noun's phrase names: the noun's own actor, its owner, a compound, "of X". */
    private static List<ActorUnit> patients(SentenceView s, DependencyParse p, int noun) {
        SubjectPhrases.Reading r = SubjectPhrases.read(s, p, noun);
        if (r != null) {
            return r.units();
        }
        ActorUnit u = ParseTargets.named(s, p, noun, 0);
        return u == null ? List.of() : List.of(u);
    }

    /**
     * The doer the participle's "by" phrase names ("expelled by Uganda", "arrested on Monday by police"), read by
     * {@link Agents#agentAt} as any passive's agent is (a weapon is no doer); empty when it has none.
     */
    private static List<ActorUnit> agents(SentenceView s, DependencyParse p, int participle) {
        List<ActorUnit> out = new ArrayList<>();
        for (int c : p.children(participle)) {
            boolean by = p.label(c).equals("agent") || (p.label(c).equals("prep") && s.text[c].equals("by"));
            if (by && out.isEmpty()) {
                out.addAll(Agents.agentAt(s, c + 1));
            }
        }
        return out;
    }
}
