package org.entente.spark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.entente.ingest.Article;
import org.entente.ingest.InputFailure;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.CodingBudget;
import org.entente.store.TableRows;

/**
 * Codes a partition of articles with the executor's one pipeline ({@link ExecutorPipeline}), lazily, one article
 * at a time, into the rows {@code ./entente ingest} would store (unresolved). An article whose coding fails is
 * named and skipped, as {@code ./entente code} does, and so is one that overruns its {@link CodingBudget} (the
 * ingest's: {@link TimedCoding}), the rest of the partition going on; the counts go to the job's accumulators.
 */
final class ArticleCoding implements FlatMapFunction<Iterator<Item>, Outcome> {
    /** How a failure past the budget begins, so failures/ can be searched for the articles that ran out of time. */
    static final String TIME_LIMIT = "time limit: ";

    /** The job's counters, read by the driver once the outputs are written. */
    record Counters(LongAccumulator articles, LongAccumulator mentions, LongAccumulator failed,
                    LongAccumulator timedOut) implements java.io.Serializable {
    }

    private final UserDictionaries dictionaries;
    private final Counters counters;
    /** The {@link CodingBudget} as nanoseconds: the record itself is not serializable. */
    private final long cpuBudgetNanos;
    private final long wallBudgetNanos;

    ArticleCoding(UserDictionaries dictionaries, Counters counters, CodingBudget budget) {
        this.dictionaries = dictionaries;
        this.counters = counters;
        this.cpuBudgetNanos = budget.cpu().toNanos();
        this.wallBudgetNanos = budget.wall().toNanos();
    }

    @Override
    public Iterator<Outcome> call(Iterator<Item> items) {
        TimedCoding timed = new TimedCoding(new CodingBudget(Duration.ofNanos(cpuBudgetNanos),
                Duration.ofNanos(wallBudgetNanos)));
        TaskContext task = TaskContext.get();
        if (task != null) {
            // a task that ends early (killed, or its consumer stopped) ends its coding thread too
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> timed.close());
        }
        return new Iterator<>() {
            /** Taken on the first article: a partition of failures only (or none) never builds a pipeline. */
            private Pipeline pipeline;

            @Override
            public boolean hasNext() {
                boolean more = items.hasNext();
                if (!more) {
                    timed.close();
                }
                return more;
            }

            @Override
            public Outcome next() {
                Item item = items.next();
                if (item.article() != null && pipeline == null) {
                    pipeline = ExecutorPipeline.get(dictionaries);
                }
                return code(pipeline, timed, item);
            }
        };
    }

    private Outcome code(Pipeline pipeline, TimedCoding timed, Item item) {
        if (item.failure() != null) {
            counters.failed().add(1);
            return Outcome.failed(item.failure());
        }
        Article a = item.article();
        try {
            CodedArticle coded = timed.code(pipeline, a);
            // UTC, as the store's writer stamps its rows
            Row article = OutputTables.row(TableRows.article(coded, LocalDateTime.now(ZoneOffset.UTC), null));
            List<Row> mentions = new ArrayList<>(coded.events().size());
            for (Object[] m : TableRows.unresolvedMentions(coded)) {
                mentions.add(OutputTables.row(m));
            }
            List<Row> actors = new ArrayList<>(coded.actors().size());
            for (Object[] m : TableRows.actors(a.id(), coded.actors())) {
                actors.add(OutputTables.row(m));
            }
            counters.articles().add(1);
            counters.mentions().add(mentions.size());
            return Outcome.coded(article, actors, mentions);
        } catch (TimedCoding.OverBudget e) {
            counters.failed().add(1);
            counters.timedOut().add(1);
            return Outcome.failed(new InputFailure(a.name(), TIME_LIMIT + e.getMessage()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return processingFailed(a, cause);
        } catch (RuntimeException | StackOverflowError e) {
            return processingFailed(a, e);
        }
    }

    private Outcome processingFailed(Article a, Throwable e) {
        counters.failed().add(1);
        return Outcome.failed(new InputFailure(a.name(), "processing failed: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
}
