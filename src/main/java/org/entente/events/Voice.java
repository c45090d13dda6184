package org.entente.events;

import java.util.Set;

/**
 * Is a verb passive? Then its grammatical subject is the target and the "by" phrase the doer, so both the
 * subject search ({@link Roles}) and the coder ask this before assigning roles.
 */
final class Voice {
    /** Irregular past participles that do not end in -ed/-en (the tagger's coarse tags cannot say VBN). */
    private static final Set<String> PARTICIPLES = Set.of("held", "met", "hit", "shot", "struck", "caught", "fought",
            "seized", "kept", "sent", "sold", "bought", "brought", "built", "cut", "put", "set", "led", "left",
            "lost", "paid", "hurt", "told", "found", "bound", "spent", "won", "sought", "taught", "thought", "laid",
            "slain", "overrun", "withheld", "upheld", "dealt", "fled", "fed", "read", "quit", "spread", "split");

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
        if (trigger == 0 || !(w.endsWith("ed") || w.endsWith("en") || PARTICIPLES.contains(w))) {
            return false;
        }
        boolean nounBefore = s.isNoun(trigger - 1) || s.endsAt[trigger - 1] != null;
        return nounBefore && trigger + 1 < s.size() && (s.is(trigger + 1, "of") || s.is(trigger + 1, "by")
                || s.is(trigger + 1, "for") || s.is(trigger + 1, "over"));
    }

    private static boolean beforeBe(SentenceView s, int trigger) {
        String w = s.text[trigger];
        if (!(s.pos[trigger].equals("VBN") || w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")
                || PARTICIPLES.contains(w))) {
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
