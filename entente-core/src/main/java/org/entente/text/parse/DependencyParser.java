package org.entente.text.parse;

import java.util.List;
import org.entente.text.Document;
import org.entente.text.Token;

/**
 * Parses one sentence given its tokens, POS tags and lemmas (ours, from {@link org.entente.text.TextAnalyzer}:
 * the parser neither re-tokenises nor re-tags). Implementations are safe to share across threads.
 */
public interface DependencyParser {
    /** The parses of a document's sentences, made lazily by the coder for sentences that need one and kept there. */
    Document.Layer<DependencyParse> PARSES = Document.Layer.named("dependency parse");

    /** The tree over {@code tokens}; each token must carry a POS tag and lemma. */
    DependencyParse parse(List<Token> tokens);

    /** The process-wide parser (NLP4J's English model, compact; loaded on first use). */
    static DependencyParser shared() {
        return Nlp4jParser.shared();
    }
}
