package org.entente.events.syntax;

import java.util.Set;

/**
 * Restores the verb forms the tagger does not give. The English model tags Universal Dependencies parts of speech,
 * which OpenNLP maps to the coarse Penn tag "VB" for every lexical verb; the coder's rules need to know a past
 * participle ("a statement issued by", "were attacked") and a gerund ("providing aid") from a finite verb. The
 * form is read off the word and its neighbours, the way the English verb system marks it: -ing is the gerund, a
 * past form after be/have/get or before "by" is the participle, another past form is the past tense, -s the
 * third person.
 */
public final class VerbForms {
    /** Irregular past participles that are not also past-tense forms ("taken" but not "held"). */
    private static final Set<String> PARTICIPLE_ONLY = Lexicon.words("verb-forms.participle-only");
    /** Irregular past forms that serve as both past tense and participle ("held", "said"). */
    private static final Set<String> PAST_OR_PARTICIPLE = Lexicon.words("verb-forms.past-or-participle");
    /** Irregular past tense forms that are never participles. */
    private static final Set<String> PAST_ONLY = Lexicon.words("verb-forms.past-only");

    private VerbForms() {
    }

    /** Can the word be a past participle by its form alone: -ed/-en/-wn, or an irregular one ("held", "slain")? */
    public static boolean participleForm(String w) {
        return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || PARTICIPLE_ONLY.contains(w)
                || PAST_OR_PARTICIPLE.contains(w);
    }

    /**
     * The refined tag of token {@code i}: VBG, VBN, VBD or VBZ where the word and its context show it, else the
     * tagger's own tag. Only coarse "VB" tags are refined.
     */
    public static String refine(String[] text, String[] pos, int i) {
        if (!pos[i].equals("VB")) {
            return pos[i];
        }
        String w = text[i];
        if (w.length() > 4 && w.endsWith("ing")) {
            return "VBG";
        }
        boolean regularPast = w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed");
        if (PARTICIPLE_ONLY.contains(w)) {
            return "VBN";
        }
        if (regularPast || PAST_OR_PARTICIPLE.contains(w)) {
            return afterAuxiliary(text, pos, i) || (i + 1 < text.length && text[i + 1].equals("by")) ? "VBN" : "VBD";
        }
        if (PAST_ONLY.contains(w)) {
            return "VBD";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !afterInfinitiveMarker(text, pos, i)) {
            return "VBZ";
        }
        return pos[i];
    }

    /**
     * "more on placing restrictions on X", "by imposing sanctions": the tagger reads a gerund after a preposition
     * as a noun, but one that takes an object (a determiner, adjective or noun follows) is the verb of a clause.
     */
    static boolean gerundAfterPreposition(String[] text, String[] pos, int i) {
        if (!pos[i].startsWith("NN") || pos[i].startsWith("NNP") || text[i].length() <= 5 || !text[i].endsWith("ing")
                || i == 0 || i + 1 >= text.length || !pos[i - 1].equals("IN")) {
            return false;
        }
        String next = pos[i + 1];
        // ("after meeting Putin", "by accepting Xi's invitation": a name after it is its object too)
        return next.equals("DT") || next.startsWith("PRP") || next.equals("CD") || next.startsWith("JJ")
                || next.startsWith("NN");
    }

    /**
     * "will attend a fair in Chile and visit Peru": the tagger reads a bare verb after "and" as a noun, but when
     * it has no determiner, takes an object, and the clause has a base verb after a modal or "to" before it, it is
     * that verb phrase's second verb.
     */
    static boolean coordinatedBareVerb(String[] text, String[] pos, int i) {
        if (!pos[i].equals("NN") || i < 3 || i + 1 >= text.length
                || !(text[i - 1].equals("and") || text[i - 1].equals("or"))) {
            return false;
        }
        String next = pos[i + 1];
        if (!(next.equals("DT") || next.startsWith("NNP") || next.startsWith("PRP") || next.equals("CD"))) {
            return false;
        }
        for (int k = i - 2; k >= 1 && k >= i - 12; k--) {
            if (text[k].equals(";") || text[k].equals(":") || text[k].equals("and") || text[k].equals("or")) {
                return false;
            }
            if (pos[k].equals("VB") && (pos[k - 1].equals("MD") || text[k - 1].equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** "was [not] quickly attacked", "have been sent": be/have/get before it, over adverbs and negation. */
    private static boolean afterAuxiliary(String[] text, String[] pos, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (Auxiliaries.BEFORE_PARTICIPLE.contains(text[k])) {
                return true;
            }
            if (!(pos[k].startsWith("RB") || text[k].equals("not") || text[k].equals("n't"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterInfinitiveMarker(String[] text, String[] pos, int i) {
        return i > 0 && (text[i - 1].equals("to") || pos[i - 1].equals("MD"));
    }

    /** Determiners after which a participle describes the noun: not "both", "all" or "that", which may be subjects. */
    private static final Set<String> ARTICLES = Lexicon.words("verb-forms.articles");

    /**
     * "the two exiled dissidents", "three jailed activists", "their detained leaders": a participle after an
     * article, number or possessive pronoun, before the people it describes (an actor or role word), modifies them;
     * it is no verb, whose reading would wrongly take them as its object. (Elsewhere the verb reading stays: "a
     * mediating role between X and Y" codes the mediation it names.)
     */
    public static boolean attributive(SentenceView s, int i) {
        if (i == 0) {
            return false;
        }
        // a number in words counts ("two exiled"), a number in digits only after an article: "on November 5
        // convicted X" is a date before a verb
        boolean number = s.pos[i - 1].equals("CD") && (s.text[i - 1].chars().allMatch(Character::isLetter)
                || (i >= 2 && (ARTICLES.contains(s.text[i - 2]) || s.pos[i - 2].equals("PRP$"))));
        if (i + 1 >= s.size() || s.covering[i] != null || !(ARTICLES.contains(s.text[i - 1]) || number
                || s.pos[i - 1].equals("PRP$"))) {
            return false;
        }
        boolean peopleAfter = s.startsAt[i + 1] != null || s.roleAt[i + 1] != null;
        return peopleAfter && (s.pos[i].startsWith("JJ") || s.isVerb(i)) && participleForm(s.text[i]);
    }
}
