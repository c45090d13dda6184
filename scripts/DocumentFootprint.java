import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSink;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;

/**
 * Heap a coded article keeps beyond its Article: reads a JSON Lines file, codes every article with the standard
 * pipeline and holds the results, then prints live heap (after full collections) per article. Run by
 * scripts/document-footprint.sh against any build's classes, so two revisions are measured the same way.
 */
public class DocumentFootprint {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        Sources.read(List.of(args[0]), InputFormat.JSONL, null, new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void failure(InputFailure f) {
                System.err.println(f.input() + ": " + f.reason());
            }
        });
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        for (int i = 0; i < Math.min(50, articles.size()); i++) {
            pipeline.process(articles.get(i)); // models and dictionaries loaded, code paths warm
        }
        long before = liveHeap();
        List<CodedArticle> kept = new ArrayList<>(articles.size());
        long sentences = 0;
        long chars = 0;
        for (Article a : articles) {
            CodedArticle c = pipeline.process(a);
            kept.add(c);
            sentences += c.analyzed().sentences().size();
            chars += a.text().length();
        }
        long after = liveHeap();
        int n = kept.size();
        System.out.printf("{\"articles\": %d, \"mean_chars\": %d, \"mean_sentences\": %.1f, "
                        + "\"live_heap_mb\": %.1f, \"kb_per_article\": %.1f}%n", n, chars / Math.max(1, n),
                (double) sentences / Math.max(1, n), (after - before) / 1048576.0,
                (after - before) / 1024.0 / Math.max(1, n));
        if (kept.isEmpty()) {
            System.err.println("no articles");
        }
    }

    private static long liveHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
