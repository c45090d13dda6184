import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.entente.store.Exporter;
import org.entente.store.Store;

/**
 * Where the time of one GDELT export goes, in a fresh JVM as `entente export` runs it: process CPU time (every
 * thread, DuckDB's included) and wall time of opening the store and of each step of the first (cold) export, then
 * of the same export repeated warm. Builds with org.entente.store.gdelt.GdeltExport (issue 16 on) are timed step by
 * step (id check, prepare, query), older ones as one export. Run by scripts/export-phases.sh against any build's
 * classes, so two revisions are measured the same way. Prints one line: name=cpu_ms/wall_ms pairs.
 */
public class ExportPhases {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final StringBuilder OUT = new StringBuilder();
    private static long cpu0;
    private static long wall0;

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        String format = args[1];
        int warm = Integer.parseInt(args[2]);
        Path out = Files.createTempFile("export-phases", ".tsv");
        Class<?> gdelt = gdeltExport();
        start();
        Store s = Store.open(store);
        stop("open");
        if (gdelt != null && format.equals("gdelt")) {
            Class<?> optionsClass = Class.forName("org.entente.store.gdelt.GdeltExport$Options");
            Object defaults = optionsClass.getMethod("defaults").invoke(null);
            String maxId = (String) gdelt.getMethod("maxId", optionsClass, java.time.LocalDate.class,
                    java.time.LocalDate.class).invoke(null, defaults, null, null);
            String events = (String) gdelt.getMethod("events", optionsClass, java.time.LocalDate.class,
                    java.time.LocalDate.class).invoke(null, defaults, null, null);
            s.read(c -> {
                start();
                try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(maxId)) {
                    r.next();
                }
                stop("idcheck");
                start();
                try {
                    gdelt.getMethod("prepare", java.sql.Connection.class).invoke(null, c);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                stop("prepare");
                start();
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("COPY (" + events + ") TO '" + out + "' (FORMAT csv, DELIMITER '\t',"
                            + " HEADER false, QUOTE '', ESCAPE '')");
                }
                stop("query");
                return null;
            });
        } else {
            start();
            new Exporter(s).export(Exporter.Format.valueOf(format.toUpperCase()), "events", null, null, out);
            stop("export");
        }
        long cpu = 0;
        long wall = 0;
        for (int i = 0; i < warm; i++) {
            long c = OS.getProcessCpuTime();
            long w = System.nanoTime();
            new Exporter(s).export(Exporter.Format.valueOf(format.toUpperCase()), "events", null, null, out);
            cpu += OS.getProcessCpuTime() - c;
            wall += System.nanoTime() - w;
        }
        if (warm > 0) {
            OUT.append(String.format(" warm=%.1f/%.1f", cpu / 1e6 / warm, wall / 1e6 / warm));
        }
        s.close();
        Files.deleteIfExists(out);
        System.out.println(OUT.toString().trim());
    }

    private static Class<?> gdeltExport() {
        try {
            return Class.forName("org.entente.store.gdelt.GdeltExport");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static void start() {
        cpu0 = OS.getProcessCpuTime();
        wall0 = System.nanoTime();
    }

    private static void stop(String name) {
        OUT.append(String.format(" %s=%.1f/%.1f", name, (OS.getProcessCpuTime() - cpu0) / 1e6,
                (System.nanoTime() - wall0) / 1e6));
    }
}
