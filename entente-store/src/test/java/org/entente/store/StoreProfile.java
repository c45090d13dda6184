package org.entente.store;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;

/**
 * Ad-hoc: the store stage alone on real coded articles, and a fingerprint of what it stores.
 * {@code java -cp ... org.entente.store.StoreProfile CORPUS N BATCH[,BATCH...] [DIR]} codes the first N articles (untimed),
 * then writes them in batches of BATCH into a fresh store (once per BATCH given) and prints ms/article; then prints per-table counts and content hashes
 * (columns that vary between runs — timestamps, run ids — left out) so two builds can be compared.
 */
final class StoreProfile {
    public static void main(String[] args) throws Exception {
        String corpus = args[0];
        int n = Integer.parseInt(args[1]);
        String[] batches = args[2].split(",");
        Path base = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("sp");
        List<Article> articles = new ArrayList<>();
        Sources.read(List.of(corpus), null, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                if (articles.size() < n) {
                    articles.add(a);
                }
            }

            @Override
            public void failure(InputFailure f) {
            }
        });
        Pipeline p = Pipeline.standard(List.of(), List.of());
        long c0 = System.nanoTime();
        List<CodedArticle> coded = articles.parallelStream().map(p::process).toList();
        System.out.printf("coded %d in %.1f s%n", coded.size(), (System.nanoTime() - c0) / 1e9);
        for (int run = 0; run < batches.length; run++) {
          int batch = Integer.parseInt(batches[run]);
          Path dir = base.resolve("run" + run);
          try (Store s = Store.open(dir)) {
            StoreWriter w = StoreWriter.start(s, Resolution.standard(), "t", "a", "c", "profile");
            long t0 = System.nanoTime();
            for (int i = 0; i < coded.size(); i += batch) {
                w.writeAll(coded.subList(i, Math.min(coded.size(), i + batch)));
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("stored %d articles in %.2f s = %.2f ms/article (batch %d)%n", coded.size(), sec,
                    sec * 1000 / coded.size(), batch);
            if (run == 0) {
                fingerprint(s).forEach(System.out::println);
            }
          }
        }
    }

    static List<String> fingerprint(Store s) {
        return s.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                for (String q : new String[] {
                    "SELECT count(*), sum(hash(id, name, url, outlet, title, date, author, language, text, meta)) FROM articles",
                    "SELECT count(*), sum(hash(COLUMNS(*))) FROM actor_mentions",
                    "SELECT count(*), sum(hash(COLUMNS(*))) FROM event_mentions",
                    "SELECT count(*), sum(hash(COLUMNS(* EXCLUDE (added, updated)))) FROM events",
                    "SELECT count(*), sum(hash(COLUMNS(*))) FROM pair_day",
                    "SELECT count(*), sum(hash(COLUMNS(*))) FROM day_totals",
                    "SELECT value FROM store_meta WHERE key = 'next_event_id'"}) {
                    try (ResultSet rs = st.executeQuery(q)) {
                        rs.next();
                        long h = 0;
                        for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                            h = h * 31 + String.valueOf(rs.getString(i)).hashCode();
                        }
                        out.add(q.replaceAll("SELECT .* FROM ", "") + ": " + rs.getString(1) + " " + h);
                    }
                }
            }
            return out;
        });
    }
}
