package org.entente.actors;

/**
 * A blocked Bloom filter of 64 Kbit (8 KB) over well-mixed 32-bit hashes: "surely absent" or "maybe present".
 * It exists to keep lookups that usually fail (text words in no pattern, trie edges no pattern takes) from
 * touching a table too big to stay in the L1 cache: one long is loaded and two of its bits tested.
 */
final class BitFilter {
    private final long[] blocks = new long[1 << 10];

    void add(int h) {
        blocks[h >>> 22] |= bits(h);
    }

    boolean mightContain(int h) {
        long b = bits(h);
        return (blocks[h >>> 22] & b) == b;
    }

    /** Block from the top 10 bits, two bit positions from the next 6 + 6: three disjoint parts of the hash. */
    private static long bits(int h) {
        return (1L << (h >>> 16)) | (1L << (h >>> 10));
    }
}
