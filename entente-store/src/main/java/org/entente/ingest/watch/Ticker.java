package org.entente.ingest.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * The watcher's clock: what time it is and how to wait. The real one reads the system clock and sleeps; a test
 * passes one whose sleeps move its own time forward, so that a Retry-After of two minutes or an hour's back-off is
 * checked without waiting for it.
 */
public interface Ticker {
    Instant now();

    void sleep(Duration d) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            if (d.compareTo(Duration.ZERO) > 0) {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            }
        }
    };
}
