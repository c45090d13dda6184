package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded words: each path is a dictionary pattern, each terminal lists the rows it names. Matching
 * walks from every word start and keeps the longest pattern whose case demands the text meets. Words that start
 * no pattern cost one hash lookup, which is what keeps the recognizer fast on ordinary prose.
 */
final class PatternTrie {
    /** A pattern ending at a node: its row and the case each word must have. */
    record Term(KbEntry entry, byte[] cases) {
    }

    /** The longest match starting at a word: words [first, last] and the rows whose case demands held. */
    record Match(int first, int last, List<KbEntry> entries) {
    }

    private static final class Node {
        final Map<Integer, Node> kids = new HashMap<>(4);
        List<Term> terms;
    }

    private final Vocabulary vocabulary = new Vocabulary();
    private final Node root = new Node();
    private int patterns;

    void add(String pattern, KbEntry entry) {
        String[] words = WordScanner.patternWords(pattern);
        byte[] cases = WordScanner.patternCase(pattern);
        Node n = root;
        for (String w : words) {
            int id = vocabulary.add(w);
            n = n.kids.computeIfAbsent(id, k -> new Node());
        }
        if (n.terms == null) {
            n.terms = new ArrayList<>(1);
        }
        n.terms.add(new Term(entry, cases));
        patterns++;
    }

    int patterns() {
        return patterns;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Longest match starting at word {@code from}, or null. Never crosses a hard break. */
    Match longestAt(WordScanner.Words w, int from) {
        int[] ids = w.id;
        Node n = root;
        Match best = null;
        for (int i = from; i < w.size; i++) {
            if (ids[i] < 0 || (i > from && w.breakBefore[i])) {
                break;
            }
            n = n.kids.get(ids[i]);
            if (n == null) {
                break;
            }
            if (n.terms != null) {
                List<KbEntry> ok = null;
                for (Term t : n.terms) {
                    if (caseOk(t.cases(), w, from)) {
                        if (ok == null) {
                            ok = new ArrayList<>(2);
                        }
                        ok.add(t.entry());
                    }
                }
                if (ok != null) {
                    best = new Match(from, i, ok);
                }
            }
        }
        return best;
    }

    private static boolean caseOk(byte[] cases, WordScanner.Words w, int from) {
        for (int k = 0; k < cases.length; k++) {
            if (!WordScanner.caseOk(cases[k], w, from + k)) {
                return false;
            }
        }
        return true;
    }
}
