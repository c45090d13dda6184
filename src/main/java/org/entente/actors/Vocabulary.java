package org.entente.actors;

import java.util.Arrays;

/**
 * The words of all dictionary patterns, each with an int id, in an open-addressing table looked up straight
 * from the scanner's char buffer: no String is made for the many text words no pattern uses.
 *
 * <p>Most text words are in no pattern, so the miss is the case to make cheap. The table is one int array of
 * (hash, id) pairs: a probe compares full 32-bit hashes and touches a word's characters only when the hashes
 * agree, so a miss reads one cache line of the table instead of following a pointer per slot (the profile of
 * the recognizer showed those pointer loads as its largest single cost). Hash 0 marks an empty slot.
 */
final class Vocabulary {
    /** slots[2i] = hash (0 = empty), slots[2i + 1] = id. */
    private int[] slots = new int[2 << 12];
    /** The folded characters of each id, for confirming a hash match. */
    private char[][] words = new char[256][];
    private int size;

    int size() {
        return size;
    }

    /** The id of a folded word, adding it when new. */
    int add(String word) {
        char[] w = word.toCharArray();
        int h = hash(w, w.length);
        int found = id(w, w.length, h);
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
        insert(h, size);
        return size++;
    }

    /** The id of buf[0, len), or -1. */
    int id(char[] buf, int len) {
        return id(buf, len, hash(buf, len));
    }

    /** The id of buf[0, len) whose {@link #hash} (or {@link #finish} of {@link #step}s) is {@code h}, or -1. */
    int id(char[] buf, int len, int h) {
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
                if (k.length == len && same(k, buf, len)) {
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

    private static boolean same(char[] k, char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (k[i] != buf[i]) {
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
