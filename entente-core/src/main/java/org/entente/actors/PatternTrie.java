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
    /**
     * The root's children by word id (-1: no pattern starts with the word). Every known text word is looked
     * up here, so a dense array beats the edge table: one load, no hashing, and small enough to stay cached.
     */
    private int[] rootChild = new int[0];
    /**
     * The terms of all nodes laid out flat, node n's at [termFrom[n], termFrom[n + 1]): the match walk reads
     * two arrays instead of following node list -> term -> case array. A term's case demands are packed two bits
     * a word into a long ({@link #LONG_PATTERN} for patterns too long for that: their byte array is used).
     */
    private int[] termFrom = new int[1];
    private long[] termDemand = new long[0];
    private byte[][] termCases = new byte[0][];
    /** Per node, all its rows: shared by matches where every case demand held. */
    private List<List<KbEntry>> allEntries = List.of();
    private static final long LONG_PATTERN = -1L;
    /** Edges below the root: most hops tried while matching ("the" + "company") are absent, see BitFilter. */
    private final BitFilter innerEdges = new BitFilter();
    private boolean frozen;
    private int patterns;

    void add(String pattern, KbEntry entry) {
        if (frozen) {
            throw new IllegalStateException("pattern added after freeze()");
        }
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

    /**
     * Builds the read-side arrays after the last {@link #add}; matching needs them. The owner calls this in its
     * constructor, so the arrays are published with it (no locking on the matching path).
     */
    void freeze() {
        int[] roots = new int[vocabulary.size()];
        for (int id = 0; id < roots.length; id++) {
            roots[id] = child(0, id);
        }
        int nodes = terms.size();
        int[] from = new int[nodes + 1];
        long[] demand = new long[patterns];
        byte[][] cases = new byte[patterns][];
        List<List<KbEntry>> all = new ArrayList<>(nodes);
        int t = 0;
        for (int n = 0; n < nodes; n++) {
            from[n] = t;
            List<Term> ts = terms.get(n) == null ? List.of() : terms.get(n);
            List<KbEntry> es = new ArrayList<>(ts.size());
            for (Term term : ts) {
                cases[t] = term.cases();
                demand[t++] = pack(term.cases());
                es.add(term.entry());
            }
            all.add(List.copyOf(es));
        }
        from[nodes] = t;
        rootChild = roots;
        termFrom = from;
        termDemand = demand;
        termCases = cases;
        allEntries = all;
        frozen = true;
    }

    /** Case demands two bits a word, word 0 lowest; {@link #LONG_PATTERN} when they do not fit. */
    private static long pack(byte[] cases) {
        if (cases.length > 31) {
            return LONG_PATTERN;
        }
        long d = 0;
        for (int k = 0; k < cases.length; k++) {
            d |= (long) cases[k] << (2 * k);
        }
        return d;
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

    /** 32 well-mixed bits of an edge key, for the filter. */
    private static int mix(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }

    /** The child below a non-root node while matching: the filter turns most absent edges away first. */
    private int hop(int node, int word) {
        return innerEdges.mightContain(mix(key(node, word))) ? child(node, word) : -1;
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
        if (node != 0) {
            innerEdges.add(mix(key(node, word)));
        }
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
        long found = deepest(w, from, false);
        if (found < 0) {
            return null;
        }
        int bestNode = (int) (found >>> 32);
        int bestLast = (int) found;
        int first = termFrom[bestNode];
        int end = termFrom[bestNode + 1];
        int failed = 0;
        for (int t = first; t < end; t++) {
            if (!caseOk(t, w, from)) {
                failed++;
            }
        }
        List<KbEntry> all = allEntries.get(bestNode);
        if (failed == 0) { // the common case: every row of the pattern holds, share the node's list
            return new Match(from, bestLast, all);
        }
        return new Match(from, bestLast, rows(w, from, bestNode, false));
    }

    /**
     * The longest person name at {@code from} whose only unmet case demands are capitals ("President obama"),
     * with the person rows it names; null if none. Composer asks it only right after a capitalised title, where
     * a name is expected: elsewhere a lower-case word is never a name ("may", "bush", "rice").
     */
    Match lowerCasePersonAt(WordScanner.Words w, int from) {
        long found = deepest(w, from, true);
        if (found < 0) {
            return null;
        }
        int bestNode = (int) (found >>> 32);
        return new Match(from, (int) found, rows(w, from, bestNode, true));
    }

    /**
     * Walks the trie from word {@code from} and returns the deepest node with a row that holds there, packed with
     * the index of its last word as (node << 32 | last); -1 if none. A row holds when its case demands do
     * ({@code lowerCasePersons} false), or when it is a person whose only unmet demands are capitals (true).
     */
    private long deepest(WordScanner.Words w, int from, boolean lowerCasePersons) {
        int[] ids = w.id;
        if (ids[from] < 0) {
            return -1;
        }
        int n = rootChild[ids[from]];
        long best = -1;
        for (int i = from; n >= 0; ) {
            for (int t = termFrom[n], end = termFrom[n + 1]; t < end; t++) {
                if (holds(n, t, w, from, lowerCasePersons)) {
                    best = ((long) n << 32) | i;
                    break;
                }
            }
            if (++i >= w.size || ids[i] < 0 || w.breakBefore(i)) {
                break;
            }
            n = hop(n, ids[i]);
        }
        return best;
    }

    private boolean holds(int node, int t, WordScanner.Words w, int from, boolean lowerCasePersons) {
        return lowerCasePersons ? isPerson(node, t) && capitalsOnly(t, w, from) : caseOk(t, w, from);
    }

    /** The rows of {@code node} that hold at {@code from} (see {@link #deepest}). */
    private List<KbEntry> rows(WordScanner.Words w, int from, int node, boolean lowerCasePersons) {
        List<KbEntry> ok = new ArrayList<>();
        for (int t = termFrom[node], end = termFrom[node + 1]; t < end; t++) {
            if (holds(node, t, w, from, lowerCasePersons)) {
                ok.add(allEntries.get(node).get(t - termFrom[node]));
            }
        }
        return ok;
    }

    private boolean isPerson(int node, int t) {
        return allEntries.get(node).get(t - termFrom[node]).kind() == KbEntry.Kind.PERSON;
    }

    /** Term t's case demands with "not all lower case" waived: acronyms must still be upper case. */
    private boolean capitalsOnly(int t, WordScanner.Words w, int from) {
        byte[] cases = termCases[t];
        for (int k = 0; k < cases.length; k++) {
            if (cases[k] != WordScanner.NOT_LOWER && !WordScanner.caseOk(cases[k], w, from + k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text words from {@code from} on meet term t's case demands. */
    private boolean caseOk(int t, WordScanner.Words w, int from) {
        long d = termDemand[t];
        if (d == LONG_PATTERN) {
            byte[] cases = termCases[t];
            for (int k = 0; k < cases.length; k++) {
                if (!WordScanner.caseOk(cases[k], w, from + k)) {
                    return false;
                }
            }
            return true;
        }
        for (int k = from; d != 0; k++, d >>>= 2) {
            if (!WordScanner.caseOk((byte) (d & 3), w, k)) {
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
