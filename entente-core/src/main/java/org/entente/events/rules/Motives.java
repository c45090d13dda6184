package org.entente.events.rules;

import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.util.Set;

/**
 * The motive of an act is not an act. "Flew to Kabul, hoping to meet X", "visited Y in a bid to mend ties", "a tour
 * aimed at pushing for a ceasefire": the writer says why the doer acted; nothing in the text has happened, and the
 * doer has declared nothing either (CAMEO's 03x/13x code a declared intention, not a motive the reporter gives).
 * A finite "X is seeking to mend ties" is a statement about X and stays an event (future); only the adjunct forms
 * (after a comma, or after "in a bid / an effort / an attempt") are motives.
 */
final class Motives {
    /** Participles that, opening an adjunct, give the purpose of the clause they hang on. */
    private static final Set<String> AIMING = Lexicon.words("motives.aiming");
    /** Nouns of trying in "in a bid to", "in an effort to", "in a last-ditch attempt to". */
    private static final Set<String> ATTEMPTS = Lexicon.words("motives.attempts");

    private Motives() {
    }

    /** Is the verb at {@code verb} the content of a motive adjunct? */
    static boolean motive(SentenceView s, int verb) {
        if (verb < 0) {
            return false;
        }
        int k = verb - 1;
        while (k >= 0 && s.pos[k].startsWith("RB")) {
            k--;
        }
        if (k >= 2 && s.is(k, "at") && s.is(k - 1, "aimed") && s.text[verb].endsWith("ing")) {
            return s.covering[k - 2] == null && (s.isNoun(k - 2) || s.is(k - 2, ",")); // "a tour aimed at pushing"
        }
        if (k < 2 || !s.is(k, "to")) {
            return false;
        }
        int w = k - 1;
        if (AIMING.contains(s.text[w])) {
            return s.is(w - 1, ","); // ", seeking to": the adjunct, not "is seeking to"
        }
        if (ATTEMPTS.contains(s.text[w])) {
            int j = w - 1;
            while (j >= 0 && (s.pos[j].startsWith("JJ") || s.pos[j].equals("HYPH") || s.pos[j].equals("PRP$")
                    || s.is(j, "a") || s.is(j, "an") || s.is(j, "the"))) {
                j--;
            }
            return s.is(j, "in"); // "in a bid to", "in their efforts to"; not "made an attempt to" (that tried)
        }
        return false;
    }
}
