package org.entente.events;

/**
 * Is a verb passive? Then its grammatical subject is the target and the "by" phrase the doer, so both the
 * subject search ({@link Roles}) and the coder ask this before assigning roles.
 */
final class Voice {
    /** Passive voice: a past participle after a form of "be"/"get", with only adverbs between. */
    static boolean passive(SentenceView s, int trigger) {
        if (reducedRelative(s, trigger)) {
            return true;
        }
        return beforeBe(s, trigger);
    }

    /** "officials accused of ...", "the civilians imprisoned by ...": a participle right after its noun. */
    private static boolean reducedRelative(SentenceView s, int trigger) {
        String w = s.text[trigger];
        if (trigger == 0 || !VerbForms.participleForm(w)) {
            return false;
        }
        // a pronoun takes no reduced relative: "he said for Russia to ..." is active
        boolean nounBefore = s.isNoun(trigger - 1)
                || (s.endsAt[trigger - 1] != null && !s.pos[trigger - 1].startsWith("PRP"));
        return nounBefore && trigger + 1 < s.size() && (s.is(trigger + 1, "of") || s.is(trigger + 1, "by")
                || s.is(trigger + 1, "for") || s.is(trigger + 1, "over"));
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
