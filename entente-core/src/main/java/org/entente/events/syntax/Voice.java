package org.entente.events.syntax;

import org.entente.text.parse.DependencyParse;

/**
 * Is a verb passive? Then its grammatical subject is the target and the "by" phrase the doer, so both the
 * subject search ({@link org.entente.events.roles.Roles}) and the coder ask this before assigning roles.
 */
public final class Voice {
    /** Passive voice: a past participle after a form of "be"/"get", with only adverbs between. */
    public static boolean passive(SentenceView s, int trigger) {
        if (reducedRelative(s, trigger)) {
            return true;
        }
        return beforeBe(s, trigger);
    }

    /** "officials accused of ...", "the civilians imprisoned by ...": a participle right after its noun. */
    public static boolean reducedRelative(SentenceView s, int trigger) {
        String w = s.text[trigger];
        if (trigger == 0 || !VerbForms.participleForm(w)) {
            return false;
        }
        // a pronoun takes no reduced relative: "he said for Russia to ..." is active
        boolean nounBefore = s.isNoun(trigger - 1)
                || (s.endsAt[trigger - 1] != null && !s.pos[trigger - 1].startsWith("PRP"));
        // "the bus blown up by ...": a particle may stand between the participle and its "by"
        int next = trigger + 1 < s.size() && PARTICLES.contains(s.text[trigger + 1]) && s.is(trigger + 2, "by")
                ? trigger + 2 : trigger + 1;
        return nounBefore && next < s.size() && (s.is(next, "of") || s.is(next, "by")
                || s.is(next, "for") || s.is(next, "over"));
    }

    /** Particles of phrasal verbs that may stand between a participle and its "by": "blown up by". */
    public static final java.util.Set<String> PARTICLES = Lexicon.words("voice.particles");
    /** Verbs that raise a passive's subject over "to be": "a missile believed to have been fired by ...". */
    public static final java.util.Set<String> RAISING = Lexicon.forms("voice.raising");

    /**
     * The head noun of a passive verb's subject when it is a common noun ("the bus was blown up", "a missile fired
     * by", "a missile believed to have been fired by"), which is the verb's object in the active; else -1.
     */
    public static int subjectHead(SentenceView s, int trigger) {
        if (!passive(s, trigger)) {
            return -1;
        }
        int k = trigger - 1;
        while (k >= 0 && s.covering[k] == null && (Auxiliaries.BEFORE_VERB.contains(s.text[k])
                || Auxiliaries.PASSIVE.contains(s.text[k]) || s.pos[k].startsWith("RB")
                || (RAISING.contains(s.text[k]) && s.is(k + 1, "to")))) {
            k--;
        }
        return k >= 0 && s.covering[k] == null && s.isNoun(k) && !s.isPossessive(k)
                && Character.isLowerCase(s.tokens.get(k).text().charAt(0)) ? k : -1;
    }

    /**
     * Does the parse read the verb at {@code i} as a past participle describing a noun ("officials accused of ...",
     * "the man arrested on Monday")? It hangs on the noun as a clausal modifier ({@code acl}) with the parser's own
     * tag VBN, whatever tag our tagger gave it: such a participle is passive, its noun the one acted upon.
     */
    public static boolean describesNoun(DependencyParse p, int i) {
        return i < p.size() && p.label(i).equals("acl") && p.tag(i).equals("VBN") && p.head(i) >= 0
                && p.tag(p.head(i)).startsWith("NN") && underFiniteVerb(p, p.head(i));
    }

    /** Penn tags of a finite verb or modal. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * Is some verb above {@code noun} finite (its own tag, or an auxiliary's)? A noun with a participle that has no
     * finite verb over it is the parser misreading the sentence's main verb as a participle ("the consul general
     * here called on X to be more open": no verb but the infinitive; "the New York-based group called for ...": the
     * noun is the root).
     */
    private static boolean underFiniteVerb(DependencyParse p, int noun) {
        for (int v = p.head(noun), steps = 0; v >= 0 && steps < p.size(); v = p.head(v), steps++) {
            if (FINITE.contains(p.tag(v))) {
                return true;
            }
            for (int c : p.children(v)) {
                if ((p.label(c).equals("aux") || p.label(c).equals("auxpass")) && FINITE.contains(p.tag(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The last token of the phrase of a participle describing a noun ({@link #describesNoun}) in the sentence's
     * parse, if the sentence has been parsed; else -1. What such a participle says ends there: in "officials accused
     * of corruption met X" the meeting is the sentence's own act, not the content of the accusation.
     */
    public static int participlePhraseEnd(SentenceView s, int i) {
        DependencyParse p = s.parse;
        return p != null && describesNoun(p, i) ? p.phrase(i)[1] : -1;
    }

    /**
     * A participle after a form of "be"/"get" ("was arrested", "have been charged"), only adverbs between: a passive
     * clause that tells the act, not a participle describing its noun ("a member of the group jailed last year").
     */
    public static boolean beforeBe(SentenceView s, int trigger) {
        return passiveAuxiliary(s, trigger) >= 0;
    }

    /**
     * {@link #beforeBe}, told as done: the auxiliary is not the bare "be" that follows a modal or "to" ("would soon be
     * indicted", "is expected to be charged"), where the act is expected, feared or wished, not reported.
     */
    public static boolean toldPassive(SentenceView s, int trigger) {
        int aux = passiveAuxiliary(s, trigger);
        return aux >= 0 && !s.text[aux].equalsIgnoreCase("be");
    }

    /** The passive auxiliary before the participle at {@code trigger} (adverbs between), or -1. */
    private static int passiveAuxiliary(SentenceView s, int trigger) {
        String w = s.text[trigger];
        if (!(s.pos[trigger].equals("VBN") || VerbForms.participleForm(w))) {
            return -1;
        }
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            if (Auxiliaries.PASSIVE.contains(s.text[k])) {
                return k;
            }
            if (!s.pos[k].startsWith("RB")) {
                return -1;
            }
        }
        return -1;
    }

    private Voice() {
    }
}
