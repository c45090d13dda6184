package org.entente.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie over folded words: each path is a dictionary pattern, each terminal lists the rows it names. Matching
 * walks from every word start and keeps the longest pattern whose case demands the text meets. Nodes are ints
 * and edges live in one open-addressing table keyed by (node, word id), so a walk allocates nothing; words
 * that start no pattern cost one vocabulary probe, which is what keeps the recognizer fast on ordinary prose.
 */
final class PatternTrie {
    /** A pattern ending at a node: its row and the case each word must have. */
    record Term(KbEntry entry, byte[] cases) {
    }

    /** The longest match starting at a word: words [first, last] and the rows whose case demands held. */
    record Match(int first, int last, List<KbEntry> entries) {
    }

    private final Vocabulary vocabulary = new Vocabulary();
    private long[] edgeKeys = new long[1 << 14];
    private int[] edgeChild = new int[1 << 14];
    private int edges;
    private List<List<Term>> terms = new ArrayList<>(List.of(new ArrayList<>())); // per node; index 0 = root
    private int patterns;

    void add(String pattern, KbEntry entry) {
        String[] words = WordScanner.patternWords(pattern);
        byte[] cases = WordScanner.patternCase(pattern);
        int n = 0;
        for (String w : words) {
            int id = vocabulary.add(w);
            int child = child(n, id);
            if (child < 0) {
                child = terms.size();
                terms.add(null);
                putEdge(n, id, child);
            }
            n = child;
        }
        if (terms.get(n) == null) {
            terms.set(n, new ArrayList<>(1));
        }
        terms.get(n).add(new Term(entry, cases));
        patterns++;
    }

    int patterns() {
        return patterns;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    private static long key(int node, int word) {
        return ((long) node << 32) | (word & 0xffffffffL);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int child(int node, int word) {
        long k = key(node, word) + 1; // +1: 0 marks an empty slot
        int mask = edgeKeys.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (edgeKeys[i] == 0) {
                return -1;
            }
            if (edgeKeys[i] == k) {
                return edgeChild[i];
            }
        }
    }

    private void putEdge(int node, int word, int child) {
        if ((edges + 1) * 2 > edgeKeys.length) {
            long[] oldK = edgeKeys;
            int[] oldC = edgeChild;
            edgeKeys = new long[oldK.length * 2];
            edgeChild = new int[oldK.length * 2];
            for (int i = 0; i < oldK.length; i++) {
                if (oldK[i] != 0) {
                    insert(oldK[i], oldC[i]);
                }
            }
        }
        insert(key(node, word) + 1, child);
        edges++;
    }

    private void insert(long k, int child) {
        int mask = edgeKeys.length - 1;
        int i = slot(k, mask);
        while (edgeKeys[i] != 0) {
            i = (i + 1) & mask;
        }
        edgeKeys[i] = k;
        edgeChild[i] = child;
    }

    /** Longest match starting at word {@code from}, or null. Never crosses a hard break. */
    Match longestAt(WordScanner.Words w, int from) {
        int[] ids = w.id;
        int n = 0;
        int bestNode = -1;
        int bestLast = -1;
        for (int i = from; i < w.size; i++) {
            if (ids[i] < 0 || (i > from && w.breakBefore[i])) {
                break;
            }
            n = child(n, ids[i]);
            if (n < 0) {
                break;
            }
            List<Term> ts = terms.get(n);
            if (ts != null) {
                for (Term t : ts) {
                    if (caseOk(t.cases(), w, from)) {
                        bestNode = n;
                        bestLast = i;
                        break;
                    }
                }
            }
        }
        if (bestNode < 0) {
            return null;
        }
        List<Term> ts = terms.get(bestNode);
        List<KbEntry> ok = new ArrayList<>(ts.size());
        for (Term t : ts) {
            if (caseOk(t.cases(), w, from)) {
                ok.add(t.entry());
            }
        }
        return new Match(from, bestLast, ok);
    }

    private static boolean caseOk(byte[] cases, WordScanner.Words w, int from) {
        for (int k = 0; k < cases.length; k++) {
            if (!WordScanner.caseOk(cases[k], w, from + k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "PatternTrie[" + patterns + " patterns, " + terms.size() + " nodes, " + Arrays.toString(new int[] {edges}) + " edges]";
    }
}
