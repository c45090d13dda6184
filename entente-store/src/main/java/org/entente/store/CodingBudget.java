package org.entente.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * How long one article may take to code before the ingest names it and moves on.
 *
 * <p>The limit is on the coding thread's CPU time, not the clock: on a shared, loaded machine an ordinary long
 * article can wait for a core for minutes, and a clock budget would then drop good articles at random (the
 * outcome must not depend on the load). The clock still has a ceiling ({@code wall}), for a thread that makes no
 * progress at all. The writer takes articles in input order, so it waits for each one at most this long; the
 * other coding threads go on meanwhile.
 */
public record CodingBudget(Duration cpu, Duration wall) {
    /**
     * Far above any real article: the longest of the corpus codes in about a second; a 1,000,000-character article
     * of run-on text (the size cap) in well under a minute since sentences are capped.
     */
    public static CodingBudget standard() {
        return new CodingBudget(Duration.ofSeconds(120), Duration.ofMinutes(20));
    }

    public CodingBudget {
        if (cpu.isNegative() || cpu.isZero() || wall.isNegative() || wall.isZero()) {
            throw new IllegalArgumentException("a coding budget must be positive: " + cpu + ", " + wall);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One article's coding as it runs: which thread codes it, since when (clock and thread CPU). */
    public static final class Meter {
        private volatile Thread thread;
        private volatile long cpuStart;
        private volatile long wallStart;

        /** Called by the coding thread as it starts on the article. */
        public void start() {
            wallStart = System.nanoTime();
            cpuStart = cpuNanos();
            thread = Thread.currentThread();
        }

        /** Null while within budget, else why not (the article has not started coding yet: within budget). */
        public String overrun(CodingBudget budget) {
            if (thread == null) {
                return null;
            }
            long cpu = cpuNanos(thread) - cpuStart;
            if (cpu > budget.cpu().toNanos()) {
                return String.format("coding took over the %d s CPU budget; skipped", budget.cpu().toSeconds());
            }
            if (System.nanoTime() - wallStart > budget.wall().toNanos()) {
                return String.format("coding took over the %d s time limit; skipped", budget.wall().toSeconds());
            }
            return null;
        }

        private static long cpuNanos() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }

        @SuppressWarnings("deprecation") // getId: Thread.threadId() is Java 19+, the code targets 17
        private long cpuNanos(Thread t) {
            if (!THREADS.isThreadCpuTimeSupported()) {
                return System.nanoTime();
            }
            long n = THREADS.getThreadCpuTime(t.getId());
            return n < 0 ? cpuStart : n;
        }
    }
}
