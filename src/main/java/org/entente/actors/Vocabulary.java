package org.entente.actors;

import java.util.Arrays;

/**
 * The words of all dictionary patterns (folded), each with an int id, in an open-addressing table looked up
 * straight from the text's characters: no String is made for the many text words no pattern uses.
 *
 * <p>Most text words are in no pattern, so the miss is the case to make cheap. The table is one int array of
 * (hash, id) pairs: a probe compares full 32-bit hashes and touches a word's characters only when the hashes
 * agree, so a miss reads one cache line of the table instead of following a pointer per slot (the profile of
 * the recognizer showed those pointer loads as its largest single cost). Hash 0 marks an empty slot.
 *
 * <p>Before the table, a {@link BitFilter} (8 KB, small enough to stay in the L1 cache while the table and the
 * text push each other out of it) answers "surely not a pattern word" for most of the words that miss.
 */
final class Vocabulary {
    /** slots[2i] = hash (0 = empty), slots[2i + 1] = id. */
    private int[] slots = new int[2 << 12];
    /** The folded characters of each id, for confirming a hash match. */
    private char[][] words = new char[256][];
    private int size;
    private final BitFilter filter = new BitFilter();

    int size() {
        return size;
    }

    /** The id of a folded word, adding it when new. */
    int add(String word) {
        char[] w = word.toCharArray();
        int h = hash(w, w.length);
        int found = id(w, w.length);
        if (found >= 0) {
            return found;
        }
        if ((size + 1) * 2 > slots.length / 2) {
            rehash();
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size] = w;
        filter.add(h);
        insert(h, size);
        return size++;
    }

    /** The id of the folded word buf[0, len), or -1. */
    int id(char[] buf, int len) {
        return find(buf, 0, len, hash(buf, len), false);
    }

    /**
     * The id of the text word chars[off, off + len) as folded by {@link WordScanner#fold(char)}, whose folded
     * hash is {@code h}; or -1. The scanner's entry: it compares against the text, folding as it goes.
     */
    int idOfText(char[] chars, int off, int len, int h) {
        return filter.mightContain(h) ? find(chars, off, len, h, true) : -1;
    }

    private int find(char[] src, int off, int len, int h, boolean fold) {
        int[] s = slots;
        int mask = (s.length >> 1) - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int sh = s[2 * i];
            if (sh == 0) {
                return -1;
            }
            if (sh == h) {
                int id = s[2 * i + 1];
                char[] k = words[id];
                if (k.length == len && same(k, src, off, len, fold)) {
                    return id;
                }
            }
        }
    }

    private void insert(int h, int id) {
        int mask = (slots.length >> 1) - 1;
        int i = h & mask;
        while (slots[2 * i] != 0) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = h;
        slots[2 * i + 1] = id;
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                insert(old[i], old[i + 1]);
            }
        }
    }

    private static boolean same(char[] k, char[] src, int off, int len, boolean fold) {
        for (int i = 0; i < len; i++) {
            char c = src[off + i];
            if (k[i] != (fold ? WordScanner.fold(c) : c)) {
                return false;
            }
        }
        return true;
    }

    /** One character of a word's running hash; start from 0. The scanner hashes while it folds. */
    static int step(int h, char c) {
        return 31 * h + c;
    }

    /** Turns a running hash into a table hash: spread over the low bits the mask keeps, never 0. */
    static int finish(int h, int len) {
        h = (h + len) * 0x9E3779B9;
        h ^= h >>> 15;
        return h == 0 ? 1 : h;
    }

    static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = step(h, buf[i]);
        }
        return finish(h, len);
    }
}
