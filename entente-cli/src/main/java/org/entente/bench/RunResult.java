package org.entente.bench;

import java.util.Map;

/**
 * The figures of one timed run.
 *
 * @param articles       articles coded (failures excluded)
 * @param failed         articles or inputs that failed (named on stderr)
 * @param seconds        wall time from the first read to the last store write
 * @param sentences      sentences analysed
 * @param taggedSentences sentences POS-tagged (only those with an actor mention are)
 * @param tokens         tokens analysed
 * @param textBytes      UTF-8 bytes of clean text analysed
 * @param actorMentions  actor mentions found
 * @param events         event mentions found
 * @param stageNanos     time per stage, summed over threads
 * @param peakHeapBytes  highest heap use seen
 * @param peakLiveBytes  highest heap left after a collection
 * @param collections    garbage collections during the run
 * @param loadBefore     1-minute load average at the start (other work on the machine), -1 if unknown
 * @param loadAfter      1-minute load average at the end
 */
public record RunResult(long articles, long failed, double seconds, long sentences, long taggedSentences, long tokens, long textBytes,
                        long actorMentions, long events, Map<Stage, Long> stageNanos, long peakHeapBytes,
                        long peakLiveBytes, long collections, double loadBefore, double loadAfter) {
    public RunResult {
        stageNanos = Map.copyOf(stageNanos);
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double sentencesPerSecond() {
        return sentences / seconds;
    }

    public double megabytesPerSecond() {
        return textBytes / 1e6 / seconds;
    }

    /** Share of the summed stage time spent in {@code s}, 0..1. */
    public double share(Stage s) {
        long total = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : stageNanos.getOrDefault(s, 0L) / (double) total;
    }

    /** Milliseconds of (summed thread) time per article in {@code s}. */
    public double msPerArticle(Stage s) {
        return articles == 0 ? 0 : stageNanos.getOrDefault(s, 0L) / 1e6 / articles;
    }
}
