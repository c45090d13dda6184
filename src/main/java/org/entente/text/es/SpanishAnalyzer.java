package org.entente.text.es;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.Sentence;

/** The Spanish text front end: sentences, tokens, POS tags and lemmas of a clean text. Thread-safe. */
public final class SpanishAnalyzer {
    private final SpanishTagger tagger;

    public SpanishAnalyzer(SpanishTagger tagger) {
        this.tagger = tagger;
    }

    public static SpanishAnalyzer standard() {
        return new SpanishAnalyzer(SpanishTagger.standard());
    }

    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (int[] span : SpanishSentenceSplitter.split(text)) {
            out.add(new Sentence(out.size(), span[0], span[1], text.substring(span[0], span[1]),
                    tagger.tag(SpanishTokenizer.tokenize(text, span[0], span[1]))));
        }
        return out;
    }
}
