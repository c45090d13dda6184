package org.entente.spark;

import java.io.Serializable;
import org.entente.ingest.Article;
import org.entente.ingest.InputFailure;

/** What reading an input yields, one at a time: an article to code, or an input (or record) that failed. */
record Item(Article article, InputFailure failure) implements Serializable {
    static Item of(Article article) {
        return new Item(article, null);
    }

    static Item failed(InputFailure failure) {
        return new Item(null, failure);
    }
}
