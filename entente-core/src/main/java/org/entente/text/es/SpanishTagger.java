package org.entente.text.es;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Universal Dependencies part-of-speech tags and lemmas for Spanish tokens, by rule: closed-class words from a list
 * ({@code es/function-words.tsv}), verbs of the verb dictionary by their stems ({@link VerbForms}, lemma = the
 * infinitive), everything else NOUN, PROPN (capitalised), NUM or PUNCT. Its steps, in order:
 * <ol>
 *   <li>punctuation and numbers;</li>
 *   <li>function words (determiners, prepositions, conjunctions, pronouns, auxiliaries);</li>
 *   <li>a capitalised word inside the sentence, or followed by another ("Estados Unidos"), is a proper noun;</li>
 *   <li>a word with a noun ending ("-ción", "-miento", "-dad") is a noun; a verb form is a noun after a determiner
 *       ("el acuerdo", "una visita"), after a finite verb unless it is non-finite ("envió ayuda" is a noun,
 *       "planea atacar" an infinitive), and an infinitive-like word right after a noun is not a verb ("ayuda
 *       militar");</li>
 *   <li>otherwise a form of a dictionary verb is VERB.</li>
 * </ol>
 * No adjective/noun distinction: the coder does not need one.
 */
public final class SpanishTagger {
    /** Endings no verb form has ("posiciones", "negociación", "movimiento", "seguridad"). */
    private static final java.util.regex.Pattern NOUN_ENDING =
            java.util.regex.Pattern.compile(".*(cion|ciones|sion|siones|miento|mientos|dad|dades)");
    private static volatile SpanishTagger standard;
    private final Map<String, String> functionWords = new HashMap<>();
    private final VerbForms verbs;

    public static SpanishTagger standard() {
        SpanishTagger t = standard;
        if (t == null) {
            synchronized (SpanishTagger.class) {
                if (standard == null) {
                    standard = new SpanishTagger(SpanishData.read("function-words.tsv", 2), VerbForms.standard());
                }
                t = standard;
            }
        }
        return t;
    }

    SpanishTagger(List<SpanishData.Row> words, VerbForms verbs) {
        for (SpanishData.Row r : words) {
            functionWords.putIfAbsent(r.field(0), r.field(1));
        }
        this.verbs = verbs;
    }

    public List<SpanishToken> tag(List<SpanishToken> tokens) {
        List<SpanishToken> out = new ArrayList<>(tokens.size());
        String previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            SpanishToken t = tokens.get(i);
            String plain = SpanishWords.plain(t.text());
            boolean nameStart = i + 1 < tokens.size() && Character.isUpperCase(t.text().charAt(0))
                    && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
            String pos = nameStart ? "PROPN" : pos(t.text(), plain, i == 0, previous);
            String lemma = "VERB".equals(pos) ? verbs.of(t.text()).get(0).infinitive() : plain;
            out.add(new SpanishToken(t.start(), t.end(), t.text(), pos, lemma));
            previous = pos;
        }
        return out;
    }

    private String pos(String text, String plain, boolean first, String previous) {
        char c = text.charAt(0);
        if (!Character.isLetterOrDigit(c)) {
            return "PUNCT";
        }
        if (Character.isDigit(c)) {
            return "NUM";
        }
        String closed = functionWords.get(plain);
        if (closed != null) {
            return closed;
        }
        if (Character.isUpperCase(c) && !first) {
            return "PROPN";
        }
        if (!verbs.of(text).isEmpty() && !NOUN_ENDING.matcher(plain).matches()) {
            boolean afterDeterminer = "DET".equals(previous);
            boolean afterFinite = "VERB".equals(previous) && !VerbForms.nonFinite(text);
            boolean afterNoun = ("NOUN".equals(previous) || "PROPN".equals(previous)) && VerbForms.nonFinite(text);
            if (!afterDeterminer && !afterFinite && !afterNoun) {
                return "VERB";
            }
        }
        if (plain.endsWith("mente")) {
            return "ADV";
        }
        return Character.isUpperCase(c) ? "PROPN" : "NOUN";
    }
}
