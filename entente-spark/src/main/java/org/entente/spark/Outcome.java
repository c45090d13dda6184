package org.entente.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.entente.ingest.InputFailure;

/** One article coded (its articles, actor_mentions and event_mentions rows), or one input that failed. */
record Outcome(Row article, List<Row> actors, List<Row> mentions, InputFailure failure) implements Serializable {
    static Outcome coded(Row article, List<Row> actors, List<Row> mentions) {
        return new Outcome(article, List.copyOf(actors), List.copyOf(mentions), null);
    }

    static Outcome failed(InputFailure failure) {
        return new Outcome(null, List.of(), List.of(), failure);
    }
}
