package org.entente.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.entente.ingest.Article;
import org.entente.ingest.InputFailure;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.entente.store.TableRows;

/**
 * Codes a partition of articles with the executor's one pipeline ({@link ExecutorPipeline}), lazily, one article
 * at a time, into the rows {@code ./entente ingest} would store (unresolved). An article whose coding fails is
 * named and skipped, as {@code ./entente code} does; the counts go to the job's accumulators.
 */
final class ArticleCoding implements FlatMapFunction<Iterator<Item>, Outcome> {
    /** The job's counters, read by the driver once the outputs are written. */
    record Counters(LongAccumulator articles, LongAccumulator mentions, LongAccumulator failed)
            implements java.io.Serializable {
    }

    private final UserDictionaries dictionaries;
    private final Counters counters;

    ArticleCoding(UserDictionaries dictionaries, Counters counters) {
        this.dictionaries = dictionaries;
        this.counters = counters;
    }

    @Override
    public Iterator<Outcome> call(Iterator<Item> items) {
        return new Iterator<>() {
            /** Taken on the first article: a partition of failures only (or none) never builds a pipeline. */
            private Pipeline pipeline;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Outcome next() {
                Item item = items.next();
                if (item.article() != null && pipeline == null) {
                    pipeline = ExecutorPipeline.get(dictionaries);
                }
                return code(pipeline, item);
            }
        };
    }

    private Outcome code(Pipeline pipeline, Item item) {
        if (item.failure() != null) {
            counters.failed().add(1);
            return Outcome.failed(item.failure());
        }
        Article a = item.article();
        try {
            CodedArticle coded = pipeline.process(a);
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
        } catch (RuntimeException | StackOverflowError e) {
            counters.failed().add(1);
            return Outcome.failed(new InputFailure(a.name(), "processing failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }
}
