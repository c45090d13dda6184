package org.entente.text.parse;

/**
 * The 64-bit key a compact model stores in place of a feature or word string. Strings themselves would cost
 * ~70 MB for the parser's 869k features and ~60 MB for the 594k cluster words; 64-bit keys cost 8 bytes each,
 * and the chance that a string the model never saw shares a key with one it did is about n / 2^64 per lookup
 * (~5e-14 here), far below any parse error.
 */
final class FeatureHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The key of feature {@code value} of template {@code type}. */
    static long of(int type, String value) {
        long h = FNV_OFFSET ^ type;
        h *= FNV_PRIME;
        return mix(chars(h, value));
    }

    /** The key of a word. */
    static long of(String word) {
        return mix(chars(FNV_OFFSET, word));
    }

    private static long chars(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads FNV's weak low bits over the whole key. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
