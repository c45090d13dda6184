package org.entente.events.syntax;

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

    private static boolean beforeBe(SentenceView s, int trigger) {
        String w = s.text[trigger];
        if (!(s.pos[trigger].equals("VBN") || VerbForms.participleForm(w))) {
            return false;
        }
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            if (Auxiliaries.PASSIVE.contains(s.text[k])) {
                return true;
            }
            if (!s.pos[k].startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private Voice() {
    }
}
