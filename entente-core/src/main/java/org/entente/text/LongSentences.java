package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Cuts a run-on "sentence" of more than {@link #MAX_TOKENS} tokens into pieces a sentence could be.
 *
 * <p>Why: every later stage works per sentence, and several (OpenNLP's beam search past 20,000 tokens, pattern and
 * role search over word pairs) cost more than linear time in a sentence's length, so one 800 KB run of names or a
 * 100,000-character line without a full stop took minutes and held a whole ingest. Real sentences are far shorter:
 * the longest in the development pool (corpus lines 1-3000) has about 140 words, so the cap changes nothing there.
 * A piece ends after the last comma, semicolon or colon in its second half when there is one (a clause
 * boundary), else at the cap.
 */
final class LongSentences {
    /** Tokens a sentence may have before it is cut: ~3 times the longest sentence of the development pool. */
    static final int MAX_TOKENS = 400;

    private LongSentences() {
    }

    /** Token ranges {@code [from, to)} covering all of {@code tokens}: one range unless the sentence is over the cap. */
    static List<int[]> pieces(Span[] tokens, CharSequence sentence) {
        List<int[]> out = new ArrayList<>();
        if (tokens.length <= MAX_TOKENS) {
            out.add(new int[] {0, tokens.length});
            return out;
        }
        int from = 0;
        while (tokens.length - from > MAX_TOKENS) {
            int to = from + MAX_TOKENS;
            for (int k = from + MAX_TOKENS - 1; k >= from + MAX_TOKENS / 2; k--) {
                if (isClauseBreak(tokens[k], sentence)) {
                    to = k + 1;
                    break;
                }
            }
            out.add(new int[] {from, to});
            from = to;
        }
        out.add(new int[] {from, tokens.length});
        return out;
    }

    private static boolean isClauseBreak(Span token, CharSequence sentence) {
        if (token.length() != 1) {
            return false;
        }
        char c = sentence.charAt(token.getStart());
        return c == ',' || c == ';' || c == ':';
    }
}
