package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The figures of several runs: each run, the median and the spread, stage shares, and where they were taken. */
public final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BenchConfig config;
    private final List<RunResult> runs;
    private final Map<Stage, String> unavailable;
    private final double startupSeconds;

    public BenchReport(BenchConfig config, List<RunResult> runs, Map<Stage, String> unavailable,
                       double startupSeconds) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        this.config = config;
        this.runs = List.copyOf(runs);
        this.unavailable = Map.copyOf(unavailable);
        this.startupSeconds = startupSeconds;
    }

    public List<RunResult> runs() {
        return runs;
    }

    public long failed() {
        return runs.stream().mapToLong(RunResult::failed).max().orElse(0);
    }

    static double median(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private double min(ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).min().orElse(0);
    }

    private double max(ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).max().orElse(0);
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static double r(double v, int digits) {
        double p = Math.pow(10, digits);
        return Math.round(v * p) / p;
    }

    public ObjectNode toJson() {
        RunResult first = runs.get(0);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("articles", first.articles());
        o.put("failed", failed());
        o.put("seconds", r(median(runs, RunResult::seconds), 3));
        o.put("articles_per_second", r(median(runs, RunResult::articlesPerSecond), 1));
        o.put("articles_per_second_min", r(min(RunResult::articlesPerSecond), 1));
        o.put("articles_per_second_max", r(max(RunResult::articlesPerSecond), 1));
        o.put("sentences", first.sentences());
        o.put("sentences_per_second", r(median(runs, RunResult::sentencesPerSecond), 1));
        o.put("tagged_sentences", first.taggedSentences());
        o.put("tokens", first.tokens());
        o.put("text_mb", r(first.textBytes() / 1e6, 2));
        o.put("mb_per_second", r(median(runs, RunResult::megabytesPerSecond), 3));
        o.put("actor_mentions", first.actorMentions());
        o.put("events", first.events());
        o.put("peak_heap_mb", mb(runs.stream().mapToLong(RunResult::peakHeapBytes).max().orElse(0)));
        long live = runs.stream().mapToLong(RunResult::peakLiveBytes).max().orElse(0);
        if (live > 0) {
            o.put("peak_live_heap_mb", mb(live));
        } else {
            o.putNull("peak_live_heap_mb"); // no collection ran: the live set was not observed, it is not zero
        }
        o.put("max_heap_mb", mb(Runtime.getRuntime().maxMemory()));
        o.put("startup_seconds", r(startupSeconds, 2));
        o.put("threads", config.threads());
        o.put("repeat", config.repeat());
        o.put("limit", config.limit());
        o.put("warmup", config.warmup());
        ObjectNode stages = o.putObject("stages");
        for (Stage s : Stage.values()) {
            ObjectNode st = stages.putObject(s.key());
            String why = unavailable.get(s);
            st.put("available", why == null);
            if (why != null) {
                st.put("reason", why);
            }
            st.put("share", r(median(runs, x -> x.share(s)), 4));
            st.put("ms_per_article", r(median(runs, x -> x.msPerArticle(s)), 3));
        }
        ArrayNode each = o.putArray("runs");
        for (RunResult run : runs) {
            ObjectNode x = each.addObject();
            x.put("seconds", r(run.seconds(), 3));
            x.put("articles_per_second", r(run.articlesPerSecond(), 1));
            x.put("peak_heap_mb", mb(run.peakHeapBytes()));
            if (run.peakLiveBytes() > 0) {
                x.put("peak_live_heap_mb", mb(run.peakLiveBytes()));
            } else {
                x.putNull("peak_live_heap_mb");
            }
            x.put("collections", run.collections());
            x.put("load_before", r(run.loadBefore(), 2));
            x.put("load_after", r(run.loadAfter(), 2));
        }
        o.set("machine", machine());
        return o;
    }

    static ObjectNode machine() {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memory_mb", os.getTotalMemorySize() / 1048576);
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        m.put("gc", String.join(", ", gcs));
        m.put("load_average", r(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        return m;
    }

    /** The human-readable report. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        RunResult first = runs.get(0);
        ObjectNode m = machine();
        b.append(String.format(Locale.ROOT, "entente bench: %d articles, %d sentences, %.2f MB clean text; "
                        + "%d worker threads, %d run(s)%n", first.articles(), first.sentences(),
                first.textBytes() / 1e6, config.threads(), runs.size()));
        b.append(String.format(Locale.ROOT, "  machine: %d cpus, %s MB, %s, max heap %.0f MB, load %.2f%n",
                m.get("cpus").asInt(), m.path("memory_mb").asText("?"), m.get("java").asText(),
                mb(Runtime.getRuntime().maxMemory()), m.get("load_average").asDouble()));
        b.append(String.format(Locale.ROOT, "  startup (models, dictionaries): %.2f s%n", startupSeconds));
        int i = 1;
        for (RunResult run : runs) {
            b.append(String.format(Locale.ROOT, "  run %d: %7.2f s  %7.1f articles/s  peak heap %6.1f MB  "
                            + "live after GC %6.1f MB  load %.2f->%.2f%n", i++, run.seconds(),
                    run.articlesPerSecond(), mb(run.peakHeapBytes()), mb(run.peakLiveBytes()), run.loadBefore(),
                    run.loadAfter()));
        }
        double med = median(runs, RunResult::articlesPerSecond);
        b.append(String.format(Locale.ROOT, "  median: %.1f articles/s (min %.1f, max %.1f, spread %.1f%%), "
                        + "%.1f sentences/s, %.3f MB/s%n", med, min(RunResult::articlesPerSecond),
                max(RunResult::articlesPerSecond),
                med == 0 ? 0 : 100 * (max(RunResult::articlesPerSecond) - min(RunResult::articlesPerSecond)) / med,
                median(runs, RunResult::sentencesPerSecond), median(runs, RunResult::megabytesPerSecond)));
        b.append(String.format(Locale.ROOT, "  found: %d actor mentions, %d event mentions; %d of %d sentences "
                + "POS-tagged (those with an actor)%n", first.actorMentions(), first.events(), first.taggedSentences(),
                first.sentences()));
        b.append("  stage     share   ms/article (summed over threads)\n");
        for (Stage s : Stage.values()) {
            String why = unavailable.get(s);
            if (why != null) {
                b.append(String.format(Locale.ROOT, "  %-8s      -   not timed: %s%n", s.key(), why));
            } else {
                b.append(String.format(Locale.ROOT, "  %-8s %5.1f%%   %8.3f%n", s.key(),
                        100 * median(runs, x -> x.share(s)), median(runs, x -> x.msPerArticle(s))));
            }
        }
        if (failed() > 0) {
            b.append("  failed inputs: ").append(failed()).append(" (named above)\n");
        }
        return b.toString();
    }
}
