package org.entente.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The kill test as a command (issue 19; too slow for the default test run): ingests COUNT generated articles in a
 * child JVM ({@link IngestChild}) and kills it with SIGKILL at KILLS random points (a random number of articles
 * done, or a random moment after start), rerunning the same ingest after every kill; then runs it to the end and
 * compares every table's rows with a clean run ({@link KillAndReadTest#fingerprint}). Prints each kill point and
 * the verdict; exits 1 on any difference.
 * {@code java -cp target/classes:target/test-classes:... org.entente.store.KillAtRandomPoints WORKDIR [COUNT] [KILLS] [SEED]}
 */
public final class KillAtRandomPoints {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 19;
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
        for (int k = 1; k <= kills; k++) {
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
        System.out.println((same ? "IDENTICAL" : "DIFFERENT") + " after " + kills + " kills: " + expected.get(0)
                + " | killed store: " + got.get(0));
        if (!same) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(got.get(i))) {
                    System.out.println("  clean:  " + expected.get(i) + "\n  killed: " + got.get(i));
                }
            }
        }
        System.exit(same ? 0 : 1);
    }

    private static Process child(Path dir, int count, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (Runtime.version().feature() >= 22) {
            cmd.add("--enable-native-access=ALL-UNNAMED"); // DuckDB loads its native library
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), dir.toString(),
                Integer.toString(count), "42", Long.toString(delayMs)));
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
