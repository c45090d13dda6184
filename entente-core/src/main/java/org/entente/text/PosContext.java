package org.entente.text;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the bundled POS model's generator (its generator.featuregen: definition, suffixes, prefixes, a
 * window of two words either side, sentence start within that window, token class, the two previous tags) gives
 * a token, built the way OpenNLP builds them but with each word's lower-case form and class worked out once per
 * sentence instead of up to six times per token (OpenNLP lower-cases through a code-point stream, which profiling
 * showed as the costliest part of making features). The feature strings and their order are OpenNLP's; {@link
 * GreedyPosTagger} uses this only after checking it against OpenNLP's generator (see {@link #matches}), and
 * GreedyPosTaggerTest compares the two on real news.
 */
final class PosContext {
    private static final String BEGIN = "S=begin";

    private String[] words;
    private String[] lower;
    private String[] wordClass;

    /** Prepares {@code sentence} (kept by reference; call again for a new sentence). */
    void sentence(String[] sentence) {
        words = sentence;
        lower = new String[sentence.length];
        wordClass = new String[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            lower[i] = StringUtil.toLowerCase(sentence[i]);
            wordClass[i] = FeatureGeneratorUtil.tokenFeature(sentence[i]);
        }
    }

    /** The context of token {@code i}; {@code tags} holds the tags chosen for the tokens before it. */
    String[] context(int i, String[] tags) {
        String w = words[i];
        int n = words.length;
        int affixes = Math.min(4, w.length());
        String[] f = new String[1 + 2 * affixes + 5 + 3 + 2 + 2];
        int k = 0;
        f[k++] = "def";
        for (int j = 0; j < affixes; j++) {
            f[k++] = "suf=" + w.substring(Math.max(w.length() - j - 1, 0));
        }
        for (int j = 0; j < affixes; j++) {
            f[k++] = "pre=" + w.substring(0, Math.min(j + 1, w.length()));
        }
        f[k++] = "w=" + lower[i];
        for (int d = 1; d <= 2 && i - d >= 0; d++) {
            f[k++] = "p" + d + "w=" + lower[i - d];
        }
        for (int d = 1; d <= 2 && i + d < n; d++) {
            f[k++] = "n" + d + "w=" + lower[i + d];
        }
        if (i == 0) {
            f[k++] = BEGIN;
        }
        for (int d = 1; d <= 2; d++) {
            if (i - d == 0) {
                f[k++] = "p" + d + BEGIN;
            }
        }
        f[k++] = "wc=" + wordClass[i];
        f[k++] = "w&c=" + lower[i] + "," + wordClass[i];
        if (i >= 1 && tags[i - 1] != null) {
            f[k++] = "t=" + tags[i - 1];
            if (i >= 2 && tags[i - 2] != null) {
                f[k++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
            }
        }
        return k == f.length ? f : java.util.Arrays.copyOf(f, k);
    }
}
