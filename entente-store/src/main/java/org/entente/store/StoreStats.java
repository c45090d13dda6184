package org.entente.store;

import java.time.LocalDate;
import java.util.List;

/** Sizes of a store, its date range and the pipeline versions that filled it. */
public record StoreStats(long articles, long actorMentions, long eventMentions, long events, long outlets,
                         LocalDate firstDate, LocalDate lastDate, List<RunInfo> runs) {
    public StoreStats {
        runs = List.copyOf(runs);
    }

    /** One ingest run: when, and which actor knowledge base and coder it used. */
    public record RunInfo(int runId, String started, String entente, String actors, String coder, String inputs) {
    }
}
