package org.entente.text.es;

import java.util.List;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.Sentence;

/**
 * The Spanish text front end: the article's one {@link Document} with its sentences, tokens, POS tags and lemmas.
 * Every sentence is tagged as it is built (the tagger is a few table look-ups per word). Thread-safe.
 */
public final class SpanishAnalyzer {
    private final SpanishTagger tagger;

    public SpanishAnalyzer(SpanishTagger tagger) {
        this.tagger = tagger;
    }

    public static SpanishAnalyzer standard() {
        return new SpanishAnalyzer(SpanishTagger.standard());
    }

    /** The article's document, tagged. */
    public Document document(Article article) {
        return build(Document.builder(article));
    }

    /** The sentences of a bare text, tagged (tests and tools). */
    public List<Sentence> analyze(String text) {
        return build(Document.builder(text)).sentences();
    }

    private Document build(Document.Builder doc) {
        String text = doc.text();
        for (int[] span : SpanishSentenceSplitter.split(text)) {
            for (SpanishToken t : tagger.tag(SpanishTokenizer.tokenize(text, span[0], span[1]))) {
                doc.token(t.start(), t.end(), t.pos(), t.lemma());
            }
            doc.sentence(span[0], span[1]);
        }
        return doc.build();
    }
}
