package org.entente.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into words for dictionary matching: a word is a run of letters or digits, folded to lower case
 * without diacritics ("Côte" = "cote"). Hyphens, apostrophes, periods and spaces separate words softly (a
 * pattern may span them: "U.S." = "U S", "Russia's" = "russia" + "s"); any other punctuation is a hard break no
 * pattern crosses. We scan the text ourselves rather than use the POS tokenizer's tokens so that dictionary
 * patterns and text are cut the same way whatever the tokenizer does with "U.S." or "Kassym-Jomart".
 */
final class WordScanner {
    /** Case demands of a pattern word on the text word. */
    static final byte ANY_CASE = 0;
    static final byte NOT_LOWER = 1;
    static final byte ALL_UPPER = 2;

    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            FOLD[c] = Character.toLowerCase(base);
        }
    }

    private WordScanner() {
    }

    /**
     * Words of a text range, with offsets, case flags and whether a hard break precedes each. One is made per
     * sentence, so it is kept small: the four flags share a byte, and the arrays start at a size fitted to the
     * sentence (allocation was most of the recognizer's memory traffic when every sentence got 64 of each).
     */
    static final class Words {
        private static final byte ALL_LOWER = 1;
        private static final byte ALL_UPPER_FLAG = 2;
        private static final byte BREAK_BEFORE = 4;
        private static final byte APOSTROPHE_BEFORE = 8;
        private static final byte PRONOUN = 16;

        int size;
        String text;
        int[] start;
        int[] end;
        /** Vocabulary id of each word in the trie's vocabulary, -1 when no pattern uses it. */
        int[] id;
        private byte[] flags;

        Words() {
            this(64);
        }

        Words(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            id = new int[capacity];
            flags = new byte[capacity];
        }

        /** A capacity that holds the words of {@code chars} characters of ordinary prose without growing. */
        static int capacityFor(int chars) {
            return Math.max(8, chars / 4 + 4);
        }

        /** No upper-case letter in word k. */
        boolean allLower(int k) {
            return (flags[k] & ALL_LOWER) != 0;
        }

        /** Word k has upper-case letters and no lower-case ones. */
        boolean allUpper(int k) {
            return (flags[k] & ALL_UPPER_FLAG) != 0;
        }

        /** Punctuation no pattern crosses stands between word k and the one before. */
        boolean breakBefore(int k) {
            return (flags[k] & BREAK_BEFORE) != 0;
        }

        /** An apostrophe joins word k to the previous one ("Russia's" -> "s"). */
        boolean apostropheBefore(int k) {
            return (flags[k] & APOSTROPHE_BEFORE) != 0;
        }

        /** Word k is a pronoun or noun of {@code anaphors.tsv} in any case (the coreference pass asks this of every word). */
        boolean pronoun(int k) {
            return (flags[k] & PRONOUN) != 0;
        }

        private void add(int from, int to, int vocabularyId, boolean lower, boolean upper, boolean hard,
                         boolean apostrophe, boolean pronoun) {
            if (size == start.length) {
                grow();
            }
            int k = size++;
            start[k] = from;
            end[k] = to;
            id[k] = vocabularyId;
            flags[k] = (byte) ((lower ? ALL_LOWER : 0) | (upper ? ALL_UPPER_FLAG : 0) | (hard ? BREAK_BEFORE : 0)
                    | (apostrophe ? APOSTROPHE_BEFORE : 0) | (pronoun ? PRONOUN : 0));
        }

        /** The folded form of word k, made on demand (rare: gaps between matches, pronouns). */
        String norm(int k) {
            StringBuilder b = new StringBuilder(end[k] - start[k]);
            for (int i = start[k]; i < end[k]; i++) {
                b.append(fold(text.charAt(i)));
            }
            return b.toString();
        }

        /** True when word k, folded, equals {@code s} (which must be folded already). No allocation. */
        boolean is(int k, String s) {
            if (end[k] - start[k] != s.length()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (fold(text.charAt(start[k] + i)) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** True when word k, folded, is one of {@code words} (folded already). No allocation. */
        boolean isAny(int k, String[] words) {
            for (String s : words) {
                if (is(k, s)) {
                    return true;
                }
            }
            return false;
        }

        private void grow() {
            int n = Math.max(8, start.length * 2);
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            id = java.util.Arrays.copyOf(id, n);
            flags = java.util.Arrays.copyOf(flags, n);
        }
    }

    static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    /** ASCII character classes, so the per-character loop is one table load for ordinary English text. */
    private static final byte WORD = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;
    private static final byte SOFT = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            byte k = 0;
            if (Character.isLetterOrDigit(c)) {
                k |= WORD;
            }
            if (c >= 'A' && c <= 'Z') {
                k |= UPPER;
            } else if (c >= 'a' && c <= 'z') {
                k |= LOWER;
            }
            if (isSoft(c)) {
                k |= SOFT;
            }
            ASCII[c] = k;
        }
    }

    static boolean isWordChar(char c) {
        return c < 128 ? (ASCII[c] & WORD) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isSoft(char c) {
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u2010' || c == '\u2011'
                || c == '\u00a0' || c == '\t' || c == '\n' || c == '\r' || c == '`' || c == '\u2018';
    }

    /** The class bits of a character outside ASCII (rare in the news text this reads). */
    private static int nonAscii(char c) {
        int k = 0;
        if (Character.isLetterOrDigit(c)) {
            k |= WORD;
        }
        if (Character.isUpperCase(c)) {
            k |= UPPER;
        } else if (Character.isLowerCase(c)) {
            k |= LOWER;
        }
        if (isSoft(c)) {
            k |= SOFT;
        }
        return k;
    }

    /**
     * Scans text[from, to) into {@code w}; {@code vocabulary} (may be null) gives each word its id. One pass
     * over a copy of the range in a char array (array reads, none of String.charAt's checks per character):
     * each character is classified by one table load and folded into the word's running hash, and the
     * vocabulary compares a candidate against the text itself, so no folded copy of the word is written.
     */
    static void scan(String text, int from, int to, Words w, Vocabulary vocabulary) {
        scan(text, from, to, w, vocabulary, null);
    }

    /** As {@link #scan(String, int, int, Words, Vocabulary)}, copying the range into {@code scratch} if it fits. */
    static void scan(String text, int from, int to, Words w, Vocabulary vocabulary, char[] scratch) {
        w.size = 0;
        w.text = text;
        int n = to - from;
        char[] cs = scratch != null && scratch.length >= n ? scratch : new char[n];
        text.getChars(from, to, cs, 0);
        boolean hard = false;
        boolean apostrophe = false;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int cls = c < 128 ? ASCII[c] : nonAscii(c);
            if ((cls & WORD) == 0) {
                if ((cls & SOFT) == 0) {
                    hard = true;
                }
                if (c == '\'' || c == '\u2019') {
                    apostrophe = true;
                } else if (c == ' ') {
                    apostrophe = false;
                }
                i++;
                continue;
            }
            int s = i;
            int cases = 0;
            int h = 0;
            do {
                cases |= cls;
                h = Vocabulary.step(h, fold(c));
                if (++i == n) {
                    break;
                }
                c = cs[i];
                cls = c < 128 ? ASCII[c] : nonAscii(c);
            } while ((cls & WORD) != 0);
            int len = i - s;
            boolean lower = (cases & UPPER) == 0;
            w.add(from + s, from + i, vocabulary == null ? -1 : vocabulary.idOfText(cs, s, len, Vocabulary.finish(h, len)),
                    lower, (cases & LOWER) == 0 && !lower, hard, apostrophe, ANAPHORS.flags(cs, s, len));
            hard = false;
            apostrophe = false;
        }
    }

    /** Pronouns and nouns that may point back to an earlier actor ({@code actors/anaphors.tsv}). */
    private static final Anaphors ANAPHORS = Anaphors.bundled();

    /** The folded words of a dictionary pattern. */
    static String[] patternWords(String pattern) {
        List<String> out = new ArrayList<>();
        Words w = new Words();
        scan(pattern, 0, pattern.length(), w, null);
        for (int i = 0; i < w.size; i++) {
            out.add(w.norm(i));
        }
        return out.toArray(new String[0]);
    }

    /** What each pattern word demands of the text's case: "us" anything, "China" not all lower, "US" all upper. */
    static byte[] patternCase(String pattern) {
        Words w = new Words();
        scan(pattern, 0, pattern.length(), w, null);
        byte[] out = new byte[w.size];
        for (int i = 0; i < w.size; i++) {
            boolean hasLetter = pattern.substring(w.start[i], w.end[i]).chars().anyMatch(Character::isLetter);
            if (w.allLower(i) || !hasLetter) {
                out[i] = ANY_CASE;
            } else if (w.allUpper(i) && (w.end[i] - w.start[i] <= 4)) {
                out[i] = ALL_UPPER; // acronyms: "US" is not "us", "UN" is not "Un"
            } else {
                out[i] = NOT_LOWER;
            }
        }
        return out;
    }

    static boolean caseOk(byte demand, Words w, int k) {
        return switch (demand) {
            case NOT_LOWER -> !w.allLower(k);
            case ALL_UPPER -> w.allUpper(k);
            default -> true;
        };
    }
}
