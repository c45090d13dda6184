package org.entente.events;

import org.entente.events.matching.Pattern;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.syntax.SentenceView;
import org.entente.events.syntax.Voice;

import java.util.List;

/**
 * Why a sentence that has a word able to take a gold event's root gave no event of it (the miss analysis,
 * {@code ./entente train-proposer --misses --why}): from the fates the traced coder told of the sentence's
 * candidates ({@link RuleEventCoder.CandidateTrace}) and, where no candidate of the root formed, the construction
 * the root's words stand in. The first that holds, in this order:
 * <ol>
 *   <li>a candidate of the root was formed and a rule dropped it: {@code dropped: RULE} ({@code needs-source}: no
 *       doer found), or emitted and then removed by a sentence-stage rule ({@code removed: RULE});</li>
 *   <li>a candidate of another root formed at a word that can take the root: {@code another code won};</li>
 *   <li>no pattern of the root matched at any of its words: {@code no match: CONSTRUCTION}, the construction of the
 *       first such word (inside another match, noun, gerund, passive, infinitive, participle, verb).</li>
 * </ol>
 */
public final class NoEventCause {
    /** One traced candidate of a sentence. */
    public record Fate(int token, String code, boolean proposed, String fate) {
    }

    private NoEventCause() {
    }

    /**
     * The cause for gold root {@code root} in {@code s}, given the sentence's traced fates and the indexes of its
     * words that can take the root ({@code rootWords}, in sentence order, at least one).
     */
    public static String of(SentenceView s, String root, List<Fate> fates, List<Integer> rootWords,
                            PatternDictionary patterns) {
        for (Fate f : fates) {
            if (f.code().startsWith(root) && !f.fate().equals("emitted")) {
                String by = f.fate().startsWith("removed:") ? "removed: " + f.fate().substring(8)
                        : "dropped: " + f.fate();
                if (f.fate().equals("needs-source") && f.token() >= 0) {
                    by += " (" + missingDoer(s, f.token()) + ")";
                }
                return (f.proposed() ? "proposal " : "") + by;
            }
        }
        for (Fate f : fates) {
            if (!f.proposed() && f.token() >= 0 && rootWords.contains(f.token())) {
                return "another code won";
            }
        }
        int w = rootWords.get(0);
        return "no match: " + construction(s, w, fates, root, patterns);
    }

    /** The construction word {@code i} stands in, as the pattern matcher would have to read it. */
    static String construction(SentenceView s, int i, List<Fate> fates, String root, PatternDictionary patterns) {
        if (!hasRoot(patterns.verbPatterns(s.text[i], s.lemma[i], s), root)
                && !hasRoot(patterns.nounPatterns(s.text[i], s.lemma[i], s), root)) {
            return "pattern needs a word the sentence lacks";
        }
        String pos = s.pos[i];
        if (pos.startsWith("NN")) {
            return hasRoot(patterns.nounPatterns(s.text[i], s.lemma[i], s), root) ? "noun" : "noun, root only as verb";
        }
        if (pos.equals("VBG") || s.text[i].endsWith("ing") && !pos.startsWith("VB")) {
            return "gerund or -ing participle";
        }
        if (Voice.passive(s, i)) {
            return hasAgent(s, i) ? "passive with by" : "passive without doer";
        }
        if (s.is(i - 1, "to")) {
            return "infinitive";
        }
        if (pos.equals("VBN")) {
            return "participle";
        }
        return pos.startsWith("VB") ? "verb" : "other (" + pos + ")";
    }

    /**
     * What stood where the doer should be, for a candidate dropped for want of one: a passive with no "by" phrase,
     * else the nearest word before the trigger in its clause that could head a subject: a name the actor
     * dictionaries do not know, a pronoun, a common noun no actor modifies; else none at all.
     */
    static String missingDoer(SentenceView s, int i) {
        if (Voice.passive(s, i) && !hasAgent(s, i)) {
            return "passive without doer";
        }
        if (Voice.passive(s, i)) {
            return "passive, agent not an actor";
        }
        for (int k = i - 1; k >= 0 && !s.isHardBoundary(k) && !s.is(k, ","); k--) {
            if (s.covering[k] != null) {
                return "actor before, not the subject";
            }
            String pos = s.pos[k];
            if (pos.startsWith("NNP")) {
                return "subject a name no dictionary knows";
            }
            if (pos.startsWith("PRP")) {
                return "pronoun subject unresolved";
            }
            if (pos.startsWith("NN")) {
                return "subject a common noun";
            }
        }
        return s.pos[i].startsWith("NN") ? "noun event, no owner" : "no subject in the clause";
    }

    private static boolean hasAgent(SentenceView s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
            if (s.is(k, "by")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRoot(List<Pattern> list, String root) {
        return list.stream().anyMatch(p -> p.code().startsWith(root));
    }
}
