package org.entente.text.es;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries in Spanish text: a paragraph break always ends a sentence; ".", "!", "?" and "…" end one when
 * the next visible character opens a sentence (an upper-case letter, a digit, "¿", "¡", a quote or a dash), unless
 * the dot closes a known abbreviation ("Sr.", "EE.UU.") or an initial ("J. Biden").
 */
public final class SpanishSentenceSplitter {
    /** Abbreviations that end in a dot without ending the sentence, plain (lower case, no accents). */
    private static final Set<String> ABBREVIATIONS = Set.of("sr", "sra", "srta", "dr", "dra", "d", "dna", "gral",
            "sto", "sta", "avda", "pag", "num", "etc", "ee.uu", "uu", "aprox", "art", "vol", "ud", "uds", "lic",
            "ing", "prof", "cap", "cnel", "tte", "excmo", "sres");

    private SpanishSentenceSplitter() {
    }

    /** {@code [start, end)} spans of the sentences of {@code text}, blank-trimmed. */
    public static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraph = c == '\n' && i + 1 < text.length() && isParagraphBreak(text, i);
            if (paragraph || ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i))) {
                add(text, start, i + 1, spans);
                start = i + 1;
            }
        }
        add(text, start, text.length(), spans);
        return spans;
    }

    private static boolean isParagraphBreak(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '»'
                || text.charAt(next) == ')' || text.charAt(next) == '.')) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false; // "2.500", "EE.UU.es"
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char n = text.charAt(next);
        boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || "¿¡\"«'—–-".indexOf(n) >= 0;
        return opens && !(text.charAt(at) == '.' && closesAbbreviation(text, at));
    }

    private static boolean closesAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        return ABBREVIATIONS.contains(SpanishWords.plain(word));
    }

    private static void add(String text, int from, int to, List<int[]> spans) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            spans.add(new int[] {from, to});
        }
    }
}
