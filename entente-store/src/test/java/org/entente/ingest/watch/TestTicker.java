package org.entente.ingest.watch;

import java.time.Duration;
import java.time.Instant;

/** A clock for tests: sleeping moves it forward at once, and a test can move it on by hand (a Retry-After). */
final class TestTicker implements Ticker {
    private Instant now;

    TestTicker(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        advance(d);
    }

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }
}
