package org.entente.actors;

/**
 * The words of all dictionary patterns, each with an int id, in an open-addressing table looked up straight
 * from the scanner's char buffer: no String is made for the many text words no pattern uses.
 */
final class Vocabulary {
    private char[][] keys = new char[1 << 12][];
    private int[] ids = new int[1 << 12];
    private int size;

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
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        insert(w, size);
        return size++;
    }

    /** The id of buf[0, len), or -1. */
    int id(char[] buf, int len) {
        int mask = keys.length - 1;
        for (int i = hash(buf, len) & mask; ; i = (i + 1) & mask) {
            char[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.length == len && same(k, buf, len)) {
                return ids[i];
            }
        }
    }

    private void insert(char[] w, int id) {
        int mask = keys.length - 1;
        int i = hash(w, w.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = w;
        ids[i] = id;
    }

    private void rehash() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldIds[i]);
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

    private static int hash(char[] buf, int len) {
        int h = len;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        h *= 0x9E3779B9; // spread short words over the low bits the mask keeps
        return h ^ (h >>> 15);
    }
}
