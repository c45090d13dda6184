package org.entente.actors;

import java.util.Arrays;

/**
 * The words of all dictionary patterns (folded), each with an int id, in an open-addressing table looked up
 * straight from the text's characters: no String is made for the many text words no pattern uses.
 *
 * <p>Profiles of the recognizer put this lookup first, and its cost is memory traffic, so the layout is chosen
 * for few cache lines per lookup. Most text words are in no pattern: a {@link BitFilter} (8 KB, small enough
 * to stay in the L1 cache) turns most of them away before the table. The table is one int array of slots
 * (hash, id, offset, length) with the words' characters side by side in one char array: a probe compares full
 * 32-bit hashes and reads characters only when the hashes agree, so a lookup touches one line of the table
 * and, on a hit, one of the characters (no pointer per word to follow). Hash 0 marks an empty slot.
 */
final class Vocabulary {
    private static final int SLOT = 4;
    private int[] slots = new int[SLOT << 12];
    /** The folded characters of every word, one after another. */
    private char[] chars = new char[1 << 12];
    private int used;
    private int size;
    private final BitFilter filter = new BitFilter();

    int size() {
        return size;
    }

    /** The id of a folded word, adding it when new. */
    int add(String word) {
        char[] w = word.toCharArray();
        int found = id(w, w.length);
        if (found >= 0) {
            return found;
        }
        if ((size + 1) * 4 > capacity() * 3) { // at most three-quarters full: most misses stop at the filter
            rehash();
        }
        if (used + w.length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + w.length));
        }
        System.arraycopy(w, 0, chars, used, w.length);
        int h = hash(w, w.length);
        filter.add(h);
        insert(h, size, used, w.length);
        used += w.length;
        return size++;
    }

    private int capacity() {
        return slots.length / SLOT;
    }

    /** The id of the folded word buf[0, len), or -1. */
    int id(char[] buf, int len) {
        return find(buf, 0, len, hash(buf, len), false);
    }

    /**
     * The id of the text word text[off, off + len) as folded by {@link WordScanner#fold(char)}, whose folded
     * hash is {@code h}; or -1. The scanner's entry: it compares against the text, folding as it goes.
     */
    int idOfText(char[] text, int off, int len, int h) {
        return filter.mightContain(h) ? find(text, off, len, h, true) : -1;
    }

    private int find(char[] src, int off, int len, int h, boolean fold) {
        int[] s = slots;
        int mask = capacity() - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int at = i * SLOT;
            int sh = s[at];
            if (sh == 0) {
                return -1;
            }
            if (sh == h && s[at + 3] == len && same(s[at + 2], src, off, len, fold)) {
                return s[at + 1];
            }
        }
    }

    private void insert(int h, int id, int from, int len) {
        int mask = capacity() - 1;
        int i = h & mask;
        while (slots[i * SLOT] != 0) {
            i = (i + 1) & mask;
        }
        int at = i * SLOT;
        slots[at] = h;
        slots[at + 1] = id;
        slots[at + 2] = from;
        slots[at + 3] = len;
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at] != 0) {
                insert(old[at], old[at + 1], old[at + 2], old[at + 3]);
            }
        }
    }

    /** Whether the stored word at {@code from} equals src[off, off + len), folding src first when asked. */
    private boolean same(int from, char[] src, int off, int len, boolean fold) {
        char[] k = chars;
        for (int i = 0; i < len; i++) {
            char c = src[off + i];
            if (k[from + i] != (fold ? WordScanner.fold(c) : c)) {
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
