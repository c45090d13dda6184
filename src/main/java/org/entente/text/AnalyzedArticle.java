package org.entente.text;

import java.util.List;
import org.entente.ingest.Article;

/** An article with its sentences, tokens and POS tags. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }
}
