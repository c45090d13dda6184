package org.entente.events.syntax;

import org.entente.events.model.ActorUnit;

import java.util.Set;

/**
 * A common-noun subject that is no known actor but is pinned to one by a modifier after it: "opposition groups in
 * Zimbabwe", "workers affiliated with the Chilean union". The modifying actor is the best (and the gold sets'
 * conventional) reading of who acts. Both shapes are the same leftward scan from the actor (over the link words,
 * then over the noun phrase to the start of its clause) and differ only in the link and in what the noun phrase
 * may hold, so one scan serves both.
 */
public final class ModifiedSubjects {
    private static final Set<String> LOCATIVE = Lexicon.words("modified-subjects.locative");
    private static final Set<String> AFFILIATION = Lexicon.words("modified-subjects.affiliation");

    private ModifiedSubjects() {
    }

    /**
     * "Opposition groups in Zimbabwe", "security forces in Guinea", "students throughout Indonesia": an actor
     * after a place preposition that modifies a common-noun subject which opens its clause.
     */
    public static boolean locativeModifier(SentenceView s, ActorUnit u) {
        int k = beforeDeterminers(s, u);
        if (k < 1 || !LOCATIVE.contains(s.text[k]) || s.covering[k - 1] != null || !s.isNoun(k - 1)
                || Character.isUpperCase(s.tokens.get(k - 1).text().charAt(0)) && k - 1 > 0) {
            return false;
        }
        // "the leaders of opposition groups in Zimbabwe": an "of" may join nouns of the subject phrase
        return opensClause(s, k - 1, true, false);
    }

    /**
     * "workers affiliated with the Chilean union stopped", "fighters loyal to X attacked": an actor after a
     * participle of affiliation that modifies a common-noun subject opening its clause names who acts.
     */
    public static boolean affiliationModifier(SentenceView s, ActorUnit u) {
        int k = beforeDeterminers(s, u);
        if (k < 2 || !(s.is(k, "with") || s.is(k, "to")) || !AFFILIATION.contains(s.text[k - 1])
                || s.covering[k - 2] != null || !s.isNoun(k - 2)) {
            return false;
        }
        // "only workers affiliated with ...": an adverb may open the subject phrase
        return opensClause(s, k - 2, false, true);
    }

    /** The index of the first word before {@code u} and its determiners and adjectives (-1 at the start). */
    private static int beforeDeterminers(SentenceView s, ActorUnit u) {
        int k = u.first() - 1;
        while (k >= 0 && s.covering[k] == null && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ"))) {
            k--;
        }
        return k;
    }

    /**
     * Does the common-noun phrase ending at {@code noun} open its clause: at the sentence start, or after a clause
     * boundary, a reporting verb or "that"? Otherwise it is an object, not the subject.
     */
    private static boolean opensClause(SentenceView s, int noun, boolean ofInPhrase, boolean adverbInPhrase) {
        int j = noun;
        while (j >= 0 && s.covering[j] == null && (s.pos[j].startsWith("NN") || s.pos[j].startsWith("JJ")
                || s.pos[j].equals("DT") || s.pos[j].equals("CD") || (ofInPhrase && s.text[j].equals("of"))
                || (adverbInPhrase && s.pos[j].startsWith("RB")))) {
            j--;
        }
        return j < 0 || s.isHardBoundary(j) || s.isReporting(j) || s.text[j].equals("that");
    }
}
