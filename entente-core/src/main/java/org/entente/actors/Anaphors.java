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
     * @param onlyAfter  words after which it is read as a subject ({@link #START} for the sentence's start or a
     *                   punctuation mark); empty: anywhere
     */
    record Anaphor(String word, RefersTo refersTo, Case grammaticalCase, int window, Set<String> notBefore,
                   Set<String> onlyAfter, int line) {
        String provenance() {
            return FILE + ":" + line;
        }
    }

    static final String FILE = "anaphors.tsv";
    /** In {@code only_after}: the start of the sentence or a punctuation mark. */
    static final String START = "^";
    private static final Anaphors BUNDLED = load();

    static final String RIVALS_FILE = "anaphor-rivals.tsv";

    private final Map<String, Anaphor> byWord;
    /** Common nouns of referents the dictionary does not code, and the pronouns each competes for. */
    private final Map<String, Set<RefersTo>> rivals;
    /** Capitalised words that name no referent ("Monday", "March"). */
    private final Set<String> noNames;
    /** Words the scanner flags (pronouns and nouns found between dictionary matches; not role nouns). */
    private final String[] flagged;
    private final int longestFlagged;

    private Anaphors(Map<String, Anaphor> byWord, Map<String, Set<RefersTo>> rivals, Set<String> noNames) {
        this.byWord = Map.copyOf(byWord);
        this.rivals = Map.copyOf(rivals);
        this.noNames = Set.copyOf(noNames);
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

    /** The pronoun kinds a folded common noun competes for as an uncoded referent ("the company"), or none. */
    Set<RefersTo> rivalFor(String folded) {
        return rivals.getOrDefault(folded, Set.of());
    }

    /** Whether a folded capitalised word names no referent ("Monday"), so is no rival of an earlier actor. */
    boolean namesNothing(String folded) {
        return noNames.contains(folded);
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
        HeadedTable.read(FILE, List.of("words", "refers_to", "case", "window", "not_before", "only_after"), (line, f) -> {
            if (f.length < 6) {
                throw new IllegalStateException(FILE + ":" + line + ": six tab-separated columns expected");
            }
            RefersTo refersTo = RefersTo.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            Case grammaticalCase = Case.valueOf(f[2].trim().toUpperCase(java.util.Locale.ROOT));
            int window = Integer.parseInt(f[3].trim());
            Set<String> notBefore = words(f[4]);
            Set<String> onlyAfter = words(f[5]);
            for (String word : f[0].trim().split("\\|")) {
                if (byWord.put(word, new Anaphor(word, refersTo, grammaticalCase, window, notBefore, onlyAfter, line)) != null) {
                    throw new IllegalStateException(FILE + ":" + line + ": '" + word + "' listed twice");
                }
            }
        });
        Map<String, Set<RefersTo>> rivals = new HashMap<>();
        Set<String> noNames = new java.util.HashSet<>();
        HeadedTable.read(RIVALS_FILE, List.of("words", "rival_for"), (line, f) -> {
            String kind = f.length < 2 ? "" : f[1].trim();
            for (String word : f[0].trim().split("\\|")) {
                if (kind.equals("none")) {
                    noNames.add(word);
                } else if (kind.equals("person") || kind.equals("body") || kind.equals("group")) {
                    rivals.computeIfAbsent(word, x -> java.util.EnumSet.noneOf(RefersTo.class))
                            .add(RefersTo.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
                } else {
                    throw new IllegalStateException(RIVALS_FILE + ":" + line + ": rival_for must be person, body, group or none");
                }
            }
        });
        return new Anaphors(byWord, rivals, noNames);
    }

    private static Set<String> words(String field) {
        return field.trim().equals("-") ? Set.of() : Set.of(field.trim().split("\\|"));
    }
}
