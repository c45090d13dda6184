package org.entente.text.es;

import java.text.Normalizer;
import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * How the Spanish front end compares words: lower case without accents (the source dictionaries spell the same word
 * both ways, "negociación" and "negociacion"), and stems from the Snowball Spanish stemmer that ships in OpenNLP
 * ("firmó", "firmarán", "firmar" -> "firm"), the same on the text's words and the dictionaries'.
 */
public final class SpanishWords {
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.SPANISH));

    private SpanishWords() {
    }

    /** Lower case, accents and the tilde of ñ removed. */
    public static String plain(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The Snowball stem of a word's plain form. */
    public static String stem(String word) {
        return STEMMER.get().stem(plain(word)).toString();
    }
}
