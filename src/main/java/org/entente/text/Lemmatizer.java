package org.entente.text;

import java.util.Locale;

/**
 * Placeholder-free minimal lemmatizer: lower-cases and strips common English inflections by POS.
 * (Issue 2 replaces the rules with a measured dictionary + rules lemmatizer.)
 */
public final class Lemmatizer {
    private Lemmatizer() {
    }

    public static Lemmatizer english() {
        return new Lemmatizer();
    }

    public String lemma(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (pos == null) {
            return w;
        }
        if (pos.startsWith("NNS") && w.endsWith("s") && w.length() > 3) {
            return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        return w;
    }
}
