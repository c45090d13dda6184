package org.entente.app;

import java.io.PrintStream;
import org.entente.ingest.ReadProgress;
import org.entente.store.Ingester;

/**
 * A one-line progress bar on the terminal (stderr): articles done and articles/s; when the input files' size is
 * known, the share of their bytes read and an ETA. Bytes, not records, measure the way: counting the records
 * first would read the whole input twice.
 */
final class Progress {
    private final Ingester.Counters counters;
    private final ReadProgress reading;
    private final PrintStream err;
    private final long t0 = System.nanoTime();
    private Thread ticker;

    Progress(Ingester.Counters counters, ReadProgress reading, PrintStream err) {
        this.counters = counters;
        this.reading = reading;
        this.err = err;
    }

    void start() {
        ticker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                draw();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "entente-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    void stop() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        err.println();
    }

    private void draw() {
        err.print("\r" + line(counters.done(), counters.read.get(), counters.failed.get(), reading.bytesRead(),
                reading.totalBytes(), (System.nanoTime() - t0) / 1e9));
        err.flush();
    }

    /**
     * The bar's text. The bar is the share of the input bytes read; the articles to expect are estimated from
     * the articles read so far per byte (exact once everything is read), and the ETA from them at the rate so far.
     * Reading runs ahead of coding by a buffer (64 KB) and a few queued articles, so on a small input the bar
     * moves in steps; on a corpus of many megabytes that lead is lost in the whole.
     */
    static String line(long done, long read, long failed, long bytesRead, long totalBytes, double seconds) {
        double secs = Math.max(1e-3, seconds);
        double rate = done / secs;
        StringBuilder line = new StringBuilder();
        if (totalBytes > 0) {
            double share = Math.min(1, bytesRead / (double) totalBytes);
            int width = 30;
            int filled = (int) (width * share);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            line.append(String.format("%3d%% of %s read, %d", (int) (100 * share), megabytes(totalBytes), done));
            if (read > 0 && bytesRead > 0) {
                long expected = Math.max(read, Math.round(read / share));
                line.append("/~").append(expected);
                line.append(String.format(" articles %.1f articles/s", rate));
                if (rate > 0) {
                    line.append(" ETA ").append(eta((long) (Math.max(0, expected - done) / rate)));
                }
            } else {
                line.append(String.format(" articles %.1f articles/s", rate));
            }
        } else {
            line.append(done).append(" articles ").append(String.format("%.1f articles/s", rate));
        }
        line.append(String.format(" (%d failed)   ", failed));
        return line.toString();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static String eta(long s) {
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
