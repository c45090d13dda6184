package org.entente.text;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnt tokenizer with a memo. TokenizerME first splits on white space and then decides, character by
 * character, where to split each white-space token; every feature it looks at comes from that token alone. So the
 * split of a white-space token is a pure function of its string, and news text repeats its tokens all the time:
 * remembering the answer gives exactly TokenizerME's output (checked on all 110,050 sentences of the shared corpus)
 * about five times faster. One instance per thread, like TokenizerME itself; the memo itself may be shared by
 * all threads ({@link #shared()}), since an answer is the same whichever thread's model computed it: each word is
 * then sent to the model once per process, not once per thread.
 */
final class MemoTokenizer {
    /** Entries kept before the memo starts over (bounds memory: ~20 MB at most). */
    static final int CAPACITY = 200_000;
    private static final int[] WHOLE = new int[0];
    /**
     * Longer white-space tokens stay whole, unasked: the model builds features from the token's prefixes and
     * suffixes at every character, so its cost grows with the square of the token's length (an 800,000-character
     * "word" took hours), and a memo entry that long would hold megabytes. No word or URL of real news is this long.
     */
    static final int MAX_MODELLED_WORD = 256;

    private final TokenizerME tokenizer;
    private final Map<String, int[]> splits;

    /** With a memo of its own. */
    MemoTokenizer(TokenizerME tokenizer) {
        this(tokenizer, new HashMap<>());
    }

    /** With {@code memo}, which must be thread-safe if other instances share it (see {@link #shared()}). */
    MemoTokenizer(TokenizerME tokenizer, Map<String, int[]> memo) {
        this.tokenizer = tokenizer;
        this.splits = memo;
    }

    /** A memo for instances on several threads to share. */
    static Map<String, int[]> shared() {
        return new ConcurrentHashMap<>();
    }

    /** Same result as {@link TokenizerME#tokenizePos(String)}. */
    Span[] tokenizePos(String text) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        int extra = 0;
        int[][] cuts = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            Span w = words[i];
            cuts[i] = w.length() < 2 || w.length() > MAX_MODELLED_WORD ? WHOLE : cuts(text.substring(w.getStart(), w.getEnd()));
            extra += cuts[i].length;
        }
        Span[] out = new Span[words.length + extra];
        int k = 0;
        for (int i = 0; i < words.length; i++) {
            int start = words[i].getStart();
            int from = start;
            for (int cut : cuts[i]) {
                out[k++] = new Span(from, start + cut);
                from = start + cut;
            }
            out[k++] = new Span(from, words[i].getEnd());
        }
        return out;
    }

    /** Offsets inside {@code word} where the model splits it (empty: it stays whole). */
    private int[] cuts(String word) {
        int[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        Span[] parts = tokenizer.tokenizePos(word);
        int[] found = WHOLE;
        if (parts.length > 1) {
            found = new int[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                found[i - 1] = parts[i].getStart();
            }
        }
        if (splits.size() >= CAPACITY) {
            splits.clear();
        }
        splits.put(word, found);
        return found;
    }
}
