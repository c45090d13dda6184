package org.entente.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.entente.pipeline.Pipeline;

/**
 * Adds up the time spent in each stage over all threads. LongAdder because every worker records into it
 * after every article; a shared AtomicLong would make the timing itself contend.
 */
final class StageClock implements Pipeline.StageTimer {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    @Override
    public void record(String stage, long elapsed) {
        add(Stage.of(stage), elapsed);
    }

    void add(Stage stage, long elapsed) {
        nanos.get(stage).add(elapsed);
    }

    Map<Stage, Long> snapshot() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        nanos.forEach((s, v) -> out.put(s, v.sum()));
        return out;
    }
}
