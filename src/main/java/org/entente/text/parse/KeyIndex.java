package org.entente.text.parse;

/**
 * An immutable map from 64-bit keys to int values, by open addressing with linear probing at a load of at most
 * 0.6: one or two cache misses a lookup, where a binary search over ~900k keys takes ~20 (the parser looks up
 * some 90 features per transition). ~20 bytes an entry, against ~80 for a hash map of strings; read-only, so any
 * number of threads may share it. The keys are hashes, so their low bits index the table directly.
 */
final class KeyIndex {
    private static final long EMPTY = 0L;

    private final long[] table;
    private final int[] values;
    private final int mask;
    private final int size;
    /** The key 0 marks an empty slot; a real key 0 (one chance in 2^64) keeps its value here. */
    private final boolean hasZero;
    private final int zeroValue;

    /** Parallel arrays of distinct keys and their values, in any order. */
    KeyIndex(long[] keys, int[] vals) {
        if (keys.length != vals.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        int capacity = Integer.highestOneBit(Math.max(4, (int) Math.ceil(keys.length / 0.6)) - 1) << 1;
        table = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        boolean zero = false;
        int zeroV = 0;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == EMPTY) {
                if (zero) {
                    throw new IllegalArgumentException("duplicate key 0");
                }
                zero = true;
                zeroV = vals[i];
                continue;
            }
            int slot = (int) k & mask;
            while (table[slot] != EMPTY) {
                if (table[slot] == k) {
                    throw new IllegalArgumentException("duplicate key " + Long.toHexString(k)
                            + " (two strings share a 64-bit hash)");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = k;
            values[slot] = vals[i];
        }
        hasZero = zero;
        zeroValue = zeroV;
        size = keys.length;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : missing;
        }
        int slot = (int) key & mask;
        long k;
        while ((k = table[slot]) != EMPTY) {
            if (k == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    int size() {
        return size;
    }

    /** The keys, in table order (for writing the index out; {@link #values()} gives theirs in the same order). */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        if (hasZero) {
            out[n++] = EMPTY;
        }
        for (long k : table) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        return out;
    }

    int[] values() {
        int[] out = new int[size];
        int n = 0;
        if (hasZero) {
            out[n++] = zeroValue;
        }
        for (int i = 0; i < table.length; i++) {
            if (table[i] != EMPTY) {
                out[n++] = values[i];
            }
        }
        return out;
    }
}
