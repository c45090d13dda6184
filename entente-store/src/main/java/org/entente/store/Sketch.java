package org.entente.store;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A MinHash sketch of an article's lead: the content words ({@link Resolution#words}: lower case, three letters or
 * more, no stop words, inflection cut) of the title and the first {@link #LEAD_WORDS} words of the text. Two outlets'
 * reports of one happening tell it in many of the same words (the place, the people, the act, the numbers), two
 * stories that merely share a cast far fewer. The share of equal slots of two sketches estimates the Jaccard
 * overlap of the two word sets (standard error about 0.03 at 0.15 with {@link #SLOTS} slots), in constant memory
 * per event and constant time per comparison, so resolution stays linear in the reports. Each slot keeps the low 16
 * bits of its minimum (b-bit MinHash): two different minima agree by chance once in 65,536, a negligible bias, for
 * half the memory.
 */
final class Sketch {
    /** Hash functions, so slots per sketch: 256 bytes per event held in memory. */
    static final int SLOTS = 128;
    /** Words of the text read after the title: the lead tells who did what, where (later paragraphs drift). */
    static final int LEAD_WORDS = 120;
    /** Fewer distinct content words than this give no sketch (a caption, a one-line brief). */
    static final int MIN_WORDS = 12;
    private static final int[] SEEDS = new int[SLOTS];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SLOTS; i++) {
            s = mix64(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = (int) s;
        }
    }

    private Sketch() {
    }

    /** The content words of the title and the text's lead (distinct). */
    static Set<String> leadWords(String title, String text) {
        Set<String> out = new HashSet<>();
        add(title, Integer.MAX_VALUE, out);
        add(text, LEAD_WORDS, out);
        return out;
    }

    private static void add(String s, int maxWords, Set<String> out) {
        if (s == null) {
            return;
        }
        int n = 0;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (++n > maxWords) {
                break;
            }
            String words = Resolution.words(w);
            if (!words.isEmpty()) {
                out.add(words);
            } else if (w.length() >= 2 && Character.isDigit(w.charAt(0))) {
                out.add(w); // figures (a death toll, a date) are shared by reports of one happening
            }
        }
    }

    /** The sketch of an article (null when its lead has fewer than {@link #MIN_WORDS} content words). */
    static short[] of(String title, String text) {
        Set<String> words = leadWords(title, text);
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int[] min = new int[SLOTS];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (String w : words) {
            int h = w.hashCode();
            for (int i = 0; i < SLOTS; i++) {
                int v = mix32(h ^ SEEDS[i]);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        short[] out = new short[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            out[i] = (short) min[i];
        }
        return out;
    }

    /** The estimated Jaccard overlap of two sketches' word sets; 0 when either is missing. */
    static double similarity(short[] a, short[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SLOTS; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same / (double) SLOTS;
    }

    /** The sketch as text for the events table (Base64 of the slots, big-endian); null for null. */
    static String encode(short[] sketch) {
        if (sketch == null) {
            return null;
        }
        byte[] b = new byte[SLOTS * 2];
        for (int i = 0; i < SLOTS; i++) {
            b[2 * i] = (byte) (sketch[i] >>> 8);
            b[2 * i + 1] = (byte) sketch[i];
        }
        return Base64.getEncoder().encodeToString(b);
    }

    /** Reads {@link #encode}'s text back; null for null, empty or malformed text. */
    static short[] decode(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (b.length != SLOTS * 2) {
            return null;
        }
        short[] out = new short[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            out[i] = (short) ((b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff));
        }
        return out;
    }

    private static int mix32(int x) {
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        x ^= x >>> 16;
        return x;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
