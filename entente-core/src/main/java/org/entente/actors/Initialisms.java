package org.entente.actors;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An initialism ("ICJ", "FSA") that the article spells out as another name ("the International Commission of
 * Jurists (ICJ)", "the Financial Services Authority") means that name, not the dictionary's body. Read by
 * {@link ShortForms}; the spelled-out body itself is {@link NamedBodies}' business.
 */
final class Initialisms {
    /** Words that may stand inside a spelled-out name without giving a letter (events/lexicon.tsv, initialisms.glue). */
    private static final Set<String> GLUE = ActorWords.words("initialisms.glue");
    private static final int MAX_NAME = 8;

    /** Initials -> the names the article spells out, each {sentence, first word, last word}; built on demand. */
    private final List<WordScanner.Words> sentences;
    private Map<String, List<int[]>> spelled;

    Initialisms(List<WordScanner.Words> sentences) {
        this.sentences = sentences;
    }

    /**
     * An organisation matched by one all-capital word of three letters or more ("ICJ", "FSA"), not a company's
     * brand: the initials of words that many names share.
     */
    static boolean initialism(Composer.Item it, WordScanner.Words w) {
        return it.kind() == KbEntry.Kind.ORG && it.first() == it.last() && w.allUpper(it.first())
                && w.end[it.first()] - w.start[it.first()] >= 3 && !"BUS".equals(it.meaning().entry().role());
    }

    /**
     * Whether the article spells the initialism out as a name none of whose words the dictionary reads as this
     * body: "the International Commission of Jurists (ICJ)" makes "ICJ" that commission, not the Court of Justice;
     * "the Financial Services Authority ... the FSA" is no Syrian army. A spelled-out name that is the row's own
     * ("International Court of Justice") keeps the row.
     */
    boolean spelledOtherwise(Composer.Item it, WordScanner.Words w, List<List<Composer.Item>> items) {
        if (spelled == null) {
            spelled = spelledOut(sentences);
        }
        String acronym = w.text.substring(w.start[it.first()], w.end[it.first()]);
        List<int[]> names = spelled.get(acronym);
        if (names == null || !spellsOut(it, acronym)) {
            return false; // a row that does not say what its initials stand for ("ISAF") cannot be told apart
        }
        Set<String> mine = new HashSet<>();
        for (KbEntry e : it.rows()) {
            mine.add(e.entityId());
        }
        for (int[] n : names) {
            for (Composer.Item other : items.get(n[0])) {
                if (other.first() <= n[2] && other.last() >= n[1]) {
                    for (KbEntry e : other.rows()) {
                        if (mine.contains(e.entityId())) {
                            return false;
                        }
                    }
                }
            }
            if (spellingOfOwnName(it, lettered(sentences.get(n[0]), n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every capitalised name the article spells out, by its initials: "International Commission of Jurists" →
     * ICJ (the glue words give no letter). Each value is {sentence, first word, last word}.
     */
    private static Map<String, List<int[]>> spelledOut(List<WordScanner.Words> words) {
        Map<String, List<int[]>> out = new HashMap<>();
        for (int si = 0; si < words.size(); si++) {
            WordScanner.Words w = words.get(si);
            for (int a = 0; a < w.size; a++) {
                if (!spelledWord(w, a)) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int k = a; k < w.size && k - a < MAX_NAME && (k == a || !w.breakBefore(k)); k++) {
                    if (spelledWord(w, k)) {
                        initials.append(Character.toUpperCase(w.text.charAt(w.start[k])));
                        if (initials.length() >= 3) {
                            out.computeIfAbsent(initials.toString(), x -> new ArrayList<>()).add(new int[]{si, a, k});
                        }
                    } else if (!GLUE.contains(w.norm(k))) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A capitalised word, not all capitals, that can give a spelled-out name its letter. */
    private static boolean spelledWord(WordScanner.Words w, int k) {
        return w.end[k] - w.start[k] >= 2 && Character.isUpperCase(w.text.charAt(w.start[k])) && !w.allUpper(k);
    }

    /** The spelled-out name's letter-giving words, folded. */
    private static List<String> lettered(WordScanner.Words w, int[] n) {
        List<String> out = new ArrayList<>();
        for (int k = n[1]; k <= n[2]; k++) {
            if (spelledWord(w, k)) {
                out.add(w.norm(k));
            }
        }
        return out;
    }

    /**
     * Whether a spelled-out name is the row's own full name in a spelling the dictionary lacks ("Organisation of
     * Petroleum Exporting Countries" for the row's "Organization of the Petroleum Exporting Countries"): a full name
     * of the row with the same initials shares more than half of its letter-giving words (the first five letters
     * of each compared). "International Commission of Jurists" and "International Court of Justice" share one.
     */
    private static boolean spellingOfOwnName(Composer.Item it, List<String> spelled) {
        for (KbEntry e : it.rows()) {
            for (String pattern : e.patterns()) {
                List<String> own = new ArrayList<>();
                for (String x : pattern.split("[\\s-]+")) {
                    if (letterGiving(x)) {
                        own.add(WordScanner.fold(x));
                    }
                }
                if (own.size() != spelled.size()) {
                    continue;
                }
                int same = 0;
                for (int i = 0; i < own.size(); i++) {
                    same += stem(own.get(i)).equals(stem(spelled.get(i))) ? 1 : 0;
                }
                if (2 * same > own.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the row's own names spells the initialism out ("International Court of Justice" for ICJ). */
    private static boolean spellsOut(Composer.Item it, String acronym) {
        for (KbEntry e : it.rows()) {
            for (String pattern : e.patterns()) {
                StringBuilder b = new StringBuilder();
                for (String x : pattern.split("[\\s-]+")) {
                    if (letterGiving(x)) {
                        b.append(x.charAt(0));
                    }
                }
                if (b.toString().equals(acronym)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean letterGiving(String x) {
        return x.length() >= 2 && Character.isUpperCase(x.charAt(0)) && !x.equals(x.toUpperCase(Locale.ROOT));
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }
}
