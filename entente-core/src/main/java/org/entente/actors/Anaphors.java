package org.entente.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anaphor lexicon, {@code actors/anaphors.tsv}: which words point back to an earlier actor, what kind of actor
 * each can take, where in the sentence that actor may stand and how far back. Loaded once; immutable.
 */
final class Anaphors {
    /** What kind of earlier mention an anaphor can take (see the file's header). */
    enum RefersTo { PERSON, BODY, GROUP, SAME_ROLE, COUNTRY }

    /** Where the antecedent may stand relative to the anaphor in its own sentence. */
    enum Case { SUBJECT, OWNER, OBJECT, DESCRIPTION }

    /**
     * One anaphor word.
     *
     * @param line      its line in the file, for provenance
     * @param window    sentences back, besides its own, where the antecedent may be
     * @param notBefore words that, right after it, make it point at nothing ("it is likely")
     */
    record Anaphor(String word, RefersTo refersTo, Case grammaticalCase, int window, Set<String> notBefore, int line) {
        String provenance() {
            return FILE + ":" + line;
        }
    }

    static final String FILE = "anaphors.tsv";
    private static final Anaphors BUNDLED = load();

    private final Map<String, Anaphor> byWord;
    /** Words the scanner flags (pronouns and nouns found between dictionary matches; not role nouns). */
    private final String[] flagged;
    private final int longestFlagged;

    private Anaphors(Map<String, Anaphor> byWord) {
        this.byWord = Map.copyOf(byWord);
        // role nouns ("the ministry") reach the resolver as dictionary role matches, not as flagged words
        this.flagged = byWord.values().stream().filter(a -> a.refersTo() != RefersTo.SAME_ROLE)
                .map(Anaphor::word).sorted().toArray(String[]::new);
        int longest = 0;
        for (String w : flagged) {
            longest = Math.max(longest, w.length());
        }
        this.longestFlagged = longest;
    }

    static Anaphors bundled() {
        return BUNDLED;
    }

    /** The anaphor a folded word is, or null. */
    Anaphor of(String folded) {
        return byWord.get(folded);
    }

    /** Whether the word cs[s, s + len) folds to a flagged anaphor word (the scanner asks this of every word). */
    boolean flags(char[] cs, int s, int len) {
        if (len < 2 || len > longestFlagged) {
            return false;
        }
        for (String p : flagged) {
            if (p.length() == len && Character.toLowerCase(cs[s]) == p.charAt(0)) {
                int i = 1;
                while (i < len && Character.toLowerCase(cs[s + i]) == p.charAt(i)) {
                    i++;
                }
                if (i == len) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Anaphors load() {
        Map<String, Anaphor> byWord = new HashMap<>();
        HeadedTable.read(FILE, List.of("words", "refers_to", "case", "window", "not_before"), (line, f) -> {
            if (f.length < 5) {
                throw new IllegalStateException(FILE + ":" + line + ": five tab-separated columns expected");
            }
            RefersTo refersTo = RefersTo.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            Case grammaticalCase = Case.valueOf(f[2].trim().toUpperCase(java.util.Locale.ROOT));
            int window = Integer.parseInt(f[3].trim());
            Set<String> notBefore = f[4].trim().equals("-") ? Set.of() : Set.of(f[4].trim().split("\\|"));
            for (String word : f[0].trim().split("\\|")) {
                if (byWord.put(word, new Anaphor(word, refersTo, grammaticalCase, window, notBefore, line)) != null) {
                    throw new IllegalStateException(FILE + ":" + line + ": '" + word + "' listed twice");
                }
            }
        });
        return new Anaphors(byWord);
    }
}
