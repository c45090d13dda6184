package org.entente.text.es;

import java.text.Normalizer;
import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * How the Spanish front end compares words: lower case without accents (the source dictionaries spell the same word
 * both ways, "negociación" and "negociacion"), and stems from the Snowball Spanish stemmer that ships in OpenNLP
 * ("firmó", "firmarán", "firmar" -> "firm"), the same on the text's words and the dictionaries' (a dictionary word
 * written without its accent may stem otherwise: such pattern words do not match).
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

    /**
     * The Snowball stem of a word, made plain. The stemmer reads the accents ("reunió" -> "reun"; without its accent
     * "reunio" keeps its ending), so it runs on the lower-cased word and the accents go afterwards.
     */
    public static String stem(String word) {
        return plain(STEMMER.get().stem(word.toLowerCase(Locale.ROOT)).toString());
    }
}
