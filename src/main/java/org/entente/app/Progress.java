package org.entente.app;

import java.io.PrintStream;
import org.entente.store.Ingester;

/** A one-line progress bar on the terminal (stderr): articles done, articles/s, ETA when the total is known. */
final class Progress {
    private final Ingester.Counters counters;
    private final long expected;
    private final PrintStream err;
    private final long t0 = System.nanoTime();
    private Thread ticker;

    Progress(Ingester.Counters counters, long expected, PrintStream err) {
        this.counters = counters;
        this.expected = expected;
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
        long done = counters.done();
        double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        double rate = done / secs;
        StringBuilder line = new StringBuilder("\r");
        if (expected > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / expected);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            line.append(done).append('/').append(expected);
            long left = Math.max(0, expected - done);
            if (rate > 0) {
                line.append(String.format(" %.1f articles/s ETA %s", rate, eta((long) (left / rate))));
            }
        } else {
            line.append(done).append(" articles ").append(String.format("%.1f articles/s", rate));
        }
        line.append(String.format(" (%d failed)   ", counters.failed.get()));
        err.print(line);
        err.flush();
    }

    private static String eta(long s) {
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
