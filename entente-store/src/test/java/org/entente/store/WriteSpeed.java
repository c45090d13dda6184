package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;

/** Ad-hoc: how fast the writer stores synthetic articles (java -cp ... org.entente.store.WriteSpeed N). */
final class WriteSpeed {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("ws");
        SyntheticNews coder = new SyntheticNews();
        List<CodedArticle> coded = SyntheticNews.articles(3, n).stream().map(coder).toList();
        try (Store s = Store.open(dir)) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "gen");
            long t0 = System.nanoTime();
            List<StoreWriter.Written> out = w.writeAll(coded);
            System.out.printf("%d articles in %.2f s%n", out.size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
