package org.entente.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;

/** The articles every benchmark works on: the first {@link #SIZE} of -Dbench.corpus, read by Entente's readers. */
final class Corpus {
    /** Articles per benchmark invocation; scores are per article (OperationsPerInvocation). */
    static final int SIZE = 200;

    private Corpus() {
    }

    static List<Article> load() {
        String corpus = System.getProperty("bench.corpus", "../shared/corpus/articles.jsonl");
        if (!Files.exists(Path.of(corpus))) {
            corpus = Path.of(System.getProperty("entente.home", "."), "samples").toString();
        }
        List<Article> out = new ArrayList<>();
        Sources.read(List.of(corpus), InputFormat.AUTO, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                if (out.size() < SIZE) {
                    out.add(a);
                }
            }

            @Override
            public void failure(InputFailure f) {
                System.err.println("bench corpus: " + f);
            }
        });
        if (out.isEmpty()) {
            throw new IllegalStateException("no articles in " + corpus);
        }
        // a smaller corpus (the samples) is cycled so that every benchmark always does SIZE articles
        List<Article> cycled = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            cycled.add(out.get(i % out.size()));
        }
        return cycled;
    }
}
