package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Article;

/**
 * A real ingest run in its own JVM, for the tests that kill it or read beside it:
 * {@code IngestChild DIR COUNT SEED DELAY_MS}. Codes the generated articles with {@link SyntheticNews} (slowed by
 * DELAY_MS per article so that a kill lands mid-run) and prints "done N" lines as it goes.
 */
public final class IngestChild {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        long delay = Long.parseLong(args[3]);
        SyntheticNews coder = new SyntheticNews();
        try (Store store = Store.open(dir)) {
            StoreWriter writer = StoreWriter.start(store, Resolution.standard(), "test", "synthetic", "synthetic",
                    "generated " + count);
            Ingester ingester = new Ingester(store, writer, (Article a) -> {
                sleep(delay);
                return coder.apply(a);
            }, 2, System.err);
            Thread ticker = new Thread(() -> {
                while (true) {
                    System.out.println("done " + ingester.counters().done());
                    System.out.flush();
                    sleep(50);
                }
            });
            ticker.setDaemon(true);
            ticker.start();
            List<Article> articles = SyntheticNews.articles(seed, count);
            Ingester.Result r = ingester.run(sink -> articles.forEach(sink::article));
            System.out.println("finished " + r.written() + " " + r.skipped() + " " + r.failed());
        }
        System.exit(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
