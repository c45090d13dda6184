package org.entente.actors;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.text.Document;

/**
 * Compares this build's recognizer with another build of this package (a baseline, e.g. main compiled by
 * {@code scripts/bench-actors-compare.sh}) in one JVM, on the same analysed articles: first that both give the
 * same mentions (every field), then their speed, timing the two in alternating order round after round. On a
 * machine shared with other work two separate benchmark runs differ by more than a code change does; the
 * per-round ratio of neighbouring timings cancels most of that, so its median is the figure to read.
 *
 * <p>Usage: {@code scripts/bench-actors-compare.sh REV [--corpus FILE] [--limit N] [--runs R]}.
 */
public final class ActorComparison {
    private ActorComparison() {
    }

    /** Loads org.entente.actors from the baseline directory first, everything else (and the dictionaries) as usual. */
    private static final class BaselineLoader extends URLClassLoader {
        BaselineLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.entente.actors.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path baseline = null;
        boolean allowDifferent = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baseline")) {
                baseline = Path.of(args[++i]);
            } else if (args[i].equals("--allow-different")) {
                // a change that codes differently on purpose: count the articles that differ, then time anyway
                allowDifferent = true;
            } else {
                rest.add(args[i]);
            }
        }
        if (baseline == null) {
            throw new IllegalArgumentException("--baseline DIR (compiled classes of another build) is required");
        }
        ActorBenchmark.Options o = ActorBenchmark.Options.parse(rest.toArray(new String[0]));
        ActorBenchmark.Corpus corpus = ActorBenchmark.Corpus.load(o.corpus(), o.limit());

        ClassLoader loader = new BaselineLoader(baseline.toUri().toURL(), ActorComparison.class.getClassLoader());
        Class<?> api = loader.loadClass("org.entente.actors.ActorRecognizer");
        Object base = api.getMethod("standard", List.class).invoke(null, List.of());
        Method recognize = api.getMethod("recognize", Document.class);
        ActorRecognizer current = ActorRecognizer.standard(List.of());

        // Same output first: a faster build that codes differently is not comparable.
        long mentions = 0;
        int differing = 0;
        for (Document a : corpus.docs()) {
            String was = String.valueOf(recognize.invoke(base, a));
            String now = String.valueOf(current.recognize(a));
            if (!was.equals(now) && allowDifferent) {
                differing++;
            } else if (!was.equals(now)) {
                System.out.println("DIFFERENT mentions for article " + a.article().id() + ":\n baseline " + was
                        + "\n current  " + now);
                System.exit(1);
            }
            mentions += current.recognize(a).size();
        }
        if (differing > 0) {
            System.out.println("articles with different mentions (--allow-different): " + differing + " of "
                    + corpus.docs().size());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int runs = o.runs();
        double[][] cpu = new double[2][runs];
        double[][] wall = new double[2][runs];
        double[] ratio = new double[runs];
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < 2; k++) {
                int v = r % 2 == 0 ? k : 1 - k; // alternate which goes first
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (Document a : corpus.docs()) {
                    if (v == 0) {
                        recognize.invoke(base, a);
                    } else {
                        current.recognize(a);
                    }
                }
                wall[v][r] = corpus.bytes() * 1e3 / (System.nanoTime() - t0);
                cpu[v][r] = corpus.bytes() * 1e3 / (mx.getCurrentThreadCpuTime() - c0);
            }
            ratio[r] = cpu[1][r] / cpu[0][r];
        }
        System.out.printf(Locale.ROOT, (differing == 0 ? "same mentions from both builds" : "current build")
                + ": %d articles, %.2f MB, %d mentions%n",
                corpus.docs().size(), corpus.bytes() / 1e6, mentions);
        String[] names = {"baseline", "current"};
        for (int v = 0; v < 2; v++) {
            Arrays.sort(cpu[v]);
            Arrays.sort(wall[v]);
            System.out.printf(Locale.ROOT, "%-8s wall: median %.1f MB/s (min %.1f, max %.1f); thread CPU: median %.1f MB/s"
                            + " (min %.1f, max %.1f)%n", names[v], wall[v][runs / 2], wall[v][0], wall[v][runs - 1],
                    cpu[v][runs / 2], cpu[v][0], cpu[v][runs - 1]);
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "current / baseline, thread CPU, per round: median %.3f (min %.3f, max %.3f); %d runs%n",
                ratio[runs / 2], ratio[0], ratio[runs - 1], runs);
    }
}
