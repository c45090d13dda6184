package org.entente.text.parse;

/**
 * A small per-thread memo in front of a {@link KeyIndex}: the parser asks for the same features again and again
 * within a sentence (a word stays on the stack or at the head of the buffer for several transitions, and most
 * templates read only one or two words), and each lookup in the ~33 MB index is a cache miss, while this table
 * (4,096 slots, 48 KB) stays in the core's cache. Direct-mapped: a slot keeps the last key that fell in it, compared
 * in full, so a hit gives exactly the index's value. The index is immutable, so entries never go stale.
 */
final class RecentKeys {
    private static final int SLOTS = 4096;
    private static final int MASK = SLOTS - 1;

    private final long[] keys = new long[SLOTS];
    private final int[] values = new int[SLOTS];
    /** A slot holds nothing until written: key 0 is a real (if improbable) key, so emptiness is kept apart. */
    private final boolean[] filled = new boolean[SLOTS];

    /** The value of {@code key} in {@code index}, or {@code missing}; from the memo when the key was seen lately. */
    int get(KeyIndex index, long key, int missing) {
        // the index takes its slot from the key's low bits; the memo takes high ones, so that keys crowded in one
        // region of the index spread over the memo
        int slot = (int) (key >>> 52) & MASK;
        if (filled[slot] && keys[slot] == key) {
            int v = values[slot];
            return v < 0 ? missing : v;
        }
        int v = index.get(key, -1);
        keys[slot] = key;
        values[slot] = v;
        filled[slot] = true;
        return v < 0 ? missing : v;
    }
}
