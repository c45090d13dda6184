package org.entente.geo;

import java.lang.management.ManagementFactory;

/**
 * Prints the bundled gazetteer's size, its load time and the heap it holds, as JSON (scripts/bench-gazetteer.sh).
 * Heap is measured as used heap after a full collection with the gazetteer held, minus before it was loaded; the
 * load's thread CPU time is printed beside its wall time, which a busy machine stretches.
 */
public final class GazetteerStats {
    private GazetteerStats() {
    }

    public static void main(String[] args) {
        long before = usedAfterGc();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.standard();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        long after = usedAfterGc();
        System.out.printf(java.util.Locale.ROOT,
                "{\"places\": %d, \"load_seconds\": %.3f, \"load_cpu_seconds\": %.3f, \"heap_mb\": %.1f,"
                        + " \"jvm_uptime_s\": %.2f, \"load_average\": %.1f}%n", g.size(), seconds, cpu,
                (after - before) / 1048576.0, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (g.country("RUS") == null) {
            throw new IllegalStateException("the gazetteer has no Russia: a broken resource");
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
