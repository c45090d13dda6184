package org.entente.text.es;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Spanish text into word and punctuation tokens with absolute character offsets. Words are runs of
 * letters and digits, with inner apostrophes, hyphens and dots kept ("EE.UU.", "al-Asad", "2.500"); every other
 * visible character is a token of its own ("¿", "—", ","). Tokens come untagged (pos and lemma null).
 */
public final class SpanishTokenizer {
    private SpanishTokenizer() {
    }

    public static List<SpanishToken> tokenize(String text, int from, int to) {
        List<SpanishToken> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i, to);
                out.add(new SpanishToken(i, end, text.substring(i, end), null, null));
                i = end;
            } else {
                out.add(new SpanishToken(i, i + 1, String.valueOf(c), null, null));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (Character.isUpperCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)))) {
                i++; // "EE.UU", "2.500": an inner dot, not a full stop
            } else if (c == '.' && i - start <= 4 && isAbbreviationDot(text, start, i)) {
                return i + 1; // "EE.UU." keeps its last dot
            } else {
                break;
            }
        }
        return i;
    }

    /** A dot that closes an abbreviation written with inner dots ("EE.UU."), not a sentence. */
    private static boolean isAbbreviationDot(String text, int start, int dot) {
        return text.substring(start, dot).indexOf('.') > 0;
    }
}
