package org.entente.text.parse;

/**
 * An immutable map from 64-bit keys to int values, by open addressing with linear probing at a load of at most
 * 0.6: about one cache miss a lookup, where a binary search over ~900k keys takes ~20 (the parser looks up some 90
 * features per transition, and these lookups were a quarter of its CPU time). Each slot holds its key and its value
 * side by side in one array, so a hit reads one cache line, not one in a key array and another in a value array.
 * 16 bytes a slot (the two arrays took 12: ~8 MB more for the parser's features), against ~80 an entry for a hash
 * map of strings; read-only, so any number of threads may share it. The keys are hashes, so their low bits index
 * the table directly.
 */
final class KeyIndex {
    private static final long EMPTY = 0L;

    /** Slot i is {@code table[2i]} (its key) and {@code table[2i + 1]} (its value). */
    private final long[] table;
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
        table = new long[2 * capacity];
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
            while (table[2 * slot] != EMPTY) {
                if (table[2 * slot] == k) {
                    throw new IllegalArgumentException("duplicate key " + Long.toHexString(k)
                            + " (two strings share a 64-bit hash)");
                }
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = k;
            table[2 * slot + 1] = vals[i];
        }
        hasZero = zero;
        zeroValue = zeroV;
        size = keys.length;
    }

    private KeyIndex(long[] table, int mask, int size, boolean hasZero, int zeroValue) {
        this.table = table;
        this.mask = mask;
        this.size = size;
        this.hasZero = hasZero;
        this.zeroValue = zeroValue;
    }

    /** The same keys, each with {@code map} applied to its value (a copy: the layout is kept, nothing rehashed). */
    KeyIndex mapValues(java.util.function.IntUnaryOperator map) {
        long[] copy = table.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (copy[i] != EMPTY) {
                copy[i + 1] = map.applyAsInt((int) copy[i + 1]);
            }
        }
        return new KeyIndex(copy, mask, size, hasZero, hasZero ? map.applyAsInt(zeroValue) : zeroValue);
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : missing;
        }
        int slot = (int) key & mask;
        long k;
        while ((k = table[2 * slot]) != EMPTY) {
            if (k == key) {
                return (int) table[2 * slot + 1];
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
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                out[n++] = table[i];
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
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                out[n++] = (int) table[i + 1];
            }
        }
        return out;
    }
}
