package org.entente.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The kill test as a command (issue 19; too slow for the default test run): ingests COUNT generated articles in a
 * child JVM ({@link IngestChild}) and kills it with SIGKILL at KILLS random points (a random number of articles
 * done, or a random moment after start), rerunning the same ingest after every kill; then runs it to the end and
 * compares every table's rows with a clean run ({@link KillAndReadTest#fingerprint}); then kills EXPORT_KILLS of the
 * KILLS (default a quarter) in exports of the finished store ({@link #killExports}). Prints each kill point and the
 * verdicts; exits 1 on any difference.
 * {@code java -cp target/classes:target/test-classes:... org.entente.store.KillAtRandomPoints WORKDIR [COUNT] [KILLS] [SEED] [EXPORT_KILLS]}
 */
public final class KillAtRandomPoints {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 19;
        // a quarter of the kills (default 5 of 20) land in exports of the finished store, the rest in the ingest
        int exportKills = args.length > 4 ? Integer.parseInt(args[4]) : kills / 4;
        int ingestKills = kills - exportKills;
        Files.createDirectories(work);
        Path clean = work.resolve("clean");
        Path killed = work.resolve("killed");
        Process c = child(clean, count, 0);
        drain(c, Long.MAX_VALUE);
        if (!c.waitFor(30, TimeUnit.MINUTES) || c.exitValue() != 0) {
            throw new IllegalStateException("the clean run failed");
        }
        List<String> expected = KillAndReadTest.fingerprint(clean);
        Random r = new Random(seed);
        List<String> points = new ArrayList<>();
        for (int k = 1; k <= ingestKills; k++) {
            Process p = child(killed, count, 10);
            long at;
            long reached;
            if (r.nextBoolean()) {
                at = 1 + r.nextInt(count - 1);
                reached = drain(p, at);
                points.add("kill " + k + ": after " + reached + " articles done (aimed at " + at + ")");
            } else {
                long ms = 200 + r.nextInt(4000);
                long t0 = System.nanoTime();
                Thread reader = new Thread(() -> drainQuietly(p));
                reader.setDaemon(true);
                reader.start();
                Thread.sleep(ms);
                points.add("kill " + k + ": " + ms + " ms after start" + (p.isAlive() ? "" : " (had already ended)"));
            }
            p.destroyForcibly(); // SIGKILL
            p.waitFor(60, TimeUnit.SECONDS);
            System.out.println(points.get(points.size() - 1));
            System.out.flush();
        }
        Process last = child(killed, count, 0);
        drain(last, Long.MAX_VALUE);
        boolean ok = last.waitFor(30, TimeUnit.MINUTES) && last.exitValue() == 0;
        List<String> got = KillAndReadTest.fingerprint(killed);
        boolean same = ok && expected.equals(got);
        System.out.println((same ? "IDENTICAL" : "DIFFERENT") + " after " + ingestKills + " kills during ingest: "
                + expected.get(0) + " | killed store: " + got.get(0));
        if (!same) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(got.get(i))) {
                    System.out.println("  clean:  " + expected.get(i) + "\n  killed: " + got.get(i));
                }
            }
        }
        boolean exportsOk = killExports(work, killed, exportKills, r);
        System.exit(same && exportsOk ? 0 : 1);
    }

    /**
     * Kills exports of the finished store at random moments of the export itself (after "start", within the span
     * a clean export of that format takes). After each kill: the store's fingerprint is unchanged, and OUT is
     * either absent or byte for byte the clean export (the exporter moves a complete file into place); the
     * export rerun then writes exactly the clean export.
     */
    private static boolean killExports(Path work, Path store, int kills, Random r) throws Exception {
        List<String> before = KillAndReadTest.fingerprint(store);
        Exporter.Format[] formats = {Exporter.Format.GDELT, Exporter.Format.MENTIONS, Exporter.Format.JSONL,
            Exporter.Format.PARQUET};
        Map<Exporter.Format, byte[]> clean = new EnumMap<>(Exporter.Format.class);
        Map<Exporter.Format, Long> cleanMs = new EnumMap<>(Exporter.Format.class);
        for (Exporter.Format f : formats) {
            Path out = work.resolve("clean-export." + f.name().toLowerCase());
            Process p = exportChild(store, f, out);
            long ms = untilFinished(p);
            clean.put(f, Files.readAllBytes(out));
            cleanMs.put(f, Math.max(1, ms));
        }
        boolean ok = true;
        for (int k = 1; k <= kills; k++) {
            Exporter.Format f = formats[r.nextInt(formats.length)];
            Path out = work.resolve("killed-export-" + k + "." + f.name().toLowerCase());
            long at = r.nextInt((int) Math.min(Integer.MAX_VALUE, cleanMs.get(f) + 1));
            Process p = exportChild(store, f, out);
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("start")) {
                // wait for the export to begin
            }
            Thread.sleep(at);
            boolean ended = !p.isAlive();
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            String outcome;
            if (!Files.exists(out)) {
                outcome = "no output (as it should be for an unfinished export)";
            } else if (Arrays.equals(clean.get(f), Files.readAllBytes(out))) {
                outcome = "output complete and identical to a clean export";
            } else {
                outcome = "TRUNCATED OR DIFFERENT OUTPUT";
                ok = false;
            }
            boolean storeSame = before.equals(KillAndReadTest.fingerprint(store));
            ok &= storeSame;
            Process again = exportChild(store, f, out);
            untilFinished(again);
            boolean rerunSame = Arrays.equals(clean.get(f), Files.readAllBytes(out));
            ok &= rerunSame;
            System.out.println("kill " + k + " (export " + f.name().toLowerCase() + "): " + at + " ms into an export"
                    + " that takes " + cleanMs.get(f) + " ms" + (ended ? " (had already ended)" : "") + "; " + outcome
                    + "; store " + (storeSame ? "unchanged" : "CHANGED") + "; rerun "
                    + (rerunSame ? "identical" : "DIFFERENT"));
            System.out.flush();
        }
        System.out.println((ok ? "IDENTICAL" : "DIFFERENT") + " after " + kills + " kills during export: the store"
                + " and every export as a clean run left them");
        return ok;
    }

    private static Process exportChild(Path store, Exporter.Format f, Path out) throws Exception {
        return start(List.of(ExportChild.class.getName(), store.toString(), f.name(), out.toString()));
    }

    /** Waits for the child's "finished" line; returns the ms from its "start" line to then. */
    private static long untilFinished(Process p) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        long t0 = System.nanoTime();
        long ms = -1;
        while ((line = lines.readLine()) != null) {
            if (line.equals("start")) {
                t0 = System.nanoTime();
            } else if (line.startsWith("finished")) {
                ms = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || ms < 0) {
            throw new IllegalStateException("an export that was not killed failed");
        }
        return ms;
    }

    private static Process child(Path dir, int count, long delayMs) throws Exception {
        return start(List.of(IngestChild.class.getName(), dir.toString(), Integer.toString(count), "42",
                Long.toString(delayMs)));
    }

    private static Process start(List<String> mainAndArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (Runtime.version().feature() >= 22) {
            cmd.add("--enable-native-access=ALL-UNNAMED"); // DuckDB loads its native library
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    /** Reads "done N" lines until N reaches {@code atLeast} or the child ends; returns the last N. */
    private static long drain(Process p, long atLeast) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        long done = 0;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("done ")) {
                done = Long.parseLong(line.substring(5));
                if (done >= atLeast) {
                    return done;
                }
            }
        }
        return done;
    }

    private static void drainQuietly(Process p) {
        try {
            drain(p, Long.MAX_VALUE);
        } catch (Exception ignored) {
            // the child was killed
        }
    }
}
