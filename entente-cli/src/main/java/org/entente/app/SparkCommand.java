package org.entente.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente spark [--master M] [--json] [--gdelt] INPUT... OUT}: the coder as a Spark job (org.entente.spark). Spark is
 * on the classpath only when the launcher runs this command (or spark-submit runs {@code Main spark ...}), so
 * this class names no Spark type: {@link org.entente.spark.SparkLauncher} does, and is loaded only once the job starts.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Run the coder as a Spark job (local mode by default) and write Parquet under OUT: "
                + "articles/ and event_mentions/ partitioned by date, failures/ naming each input that failed; "
                + "with --gdelt also GDELT 2.0 event and mentions files under OUT/gdelt/.")
public final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "PATH", description = "Input files, folders or paths files "
            + "(*.paths, *.paths.gz: Common Crawl's warc.paths.gz) on any Hadoop file system; tables of articles "
            + "(*.parquet, *.csv, *.tsv: columns id, text or html, and optionally url, date, outlet or source, "
            + "title, author, lang or language); the last PATH is the output folder (OUT).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--master", paramLabel = "M", description = "Spark master (default: the one spark-submit set, "
            + "else local[*]).")
    String master;

    @Option(names = "--json", description = "Print, last, a JSON object: articles, event_mentions, failed, "
            + "timed_out, files, seconds, articles_per_second, dictionaries (and gdelt, with --gdelt).")
    boolean json;

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto|text|html|warc|jsonl|feed|parquet|csv|tsv (default: ${DEFAULT-VALUE}: tables by "
                    + "extension, other files sniffed).")
    String format;

    @Option(names = "--gdelt", description = "Also write the GDELT 2.0 files of the output, as ./entente export "
            + "--format gdelt|mentions does (asserted events): OUT/gdelt/events.export.CSV and "
            + "OUT/gdelt/events.mentions.CSV. OUT must be a local folder.")
    boolean gdelt;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "CPU seconds one article may take to code "
            + "before it is named in failures/ (reason \"time limit\") and its partition goes on (default: "
            + "${DEFAULT-VALUE}, as ./entente ingest).", defaultValue = "120")
    long timeLimit;

    @Option(names = "--date", description = "Date (YYYY-MM-DD) for inputs that carry none.")
    LocalDate date;

    @Option(names = "--paths-base", paramLabel = "URI", description = "Base that relative lines of a paths file are "
            + "read against (e.g. s3a://commoncrawl/); default: the paths file's folder.")
    String pathsBase;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (repeatable): shipped "
            + "to every executor, its SHA-256 recorded in the summary.")
    List<String> actorFiles = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra verb-pattern file (repeatable), "
            + "shipped and hashed as --actors.")
    List<String> patternFiles = new ArrayList<>();

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions the articles are coded in "
            + "(default: the number of files, at least twice the cluster's cores).")
    int partitions;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        org.entente.ingest.InputFormat inputFormat = org.entente.ingest.InputFormat.AUTO;
        org.entente.spark.TableFormat tables = org.entente.spark.TableFormat.ofOption(format);
        try {
            if (tables == null) {
                inputFormat = org.entente.ingest.InputFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            err.println("entente spark: unknown --input-format '" + format + "'");
            return ExitCode.USAGE;
        }
        if (timeLimit <= 0) {
            err.println("entente spark: --time-limit must be 1 second or more");
            return ExitCode.USAGE;
        }
        if (partitions < 0) {
            err.println("entente spark: --partitions must be 0 (automatic) or more");
            return ExitCode.USAGE;
        }
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            err.println("entente spark: Spark is not on the classpath: run it as ./entente spark (which adds "
                    + "target/spark-classpath.txt) or with spark-submit");
            return ExitCode.USAGE;
        }
        List<String> inputs = List.copyOf(paths.subList(0, paths.size() - 1));
        String out = paths.get(paths.size() - 1);
        // the clock ceiling stays the ingest's unless the CPU limit asked for is longer
        org.entente.store.CodingBudget standard = org.entente.store.CodingBudget.standard();
        Duration cpu = Duration.ofSeconds(timeLimit);
        org.entente.store.CodingBudget budget = new org.entente.store.CodingBudget(cpu,
                cpu.compareTo(standard.wall()) > 0 ? cpu.multipliedBy(2) : standard.wall());
        return org.entente.spark.SparkLauncher.run(master, new org.entente.spark.SparkJob.Options(inputs, out,
                inputFormat, date, pathsBase, actorFiles, patternFiles, partitions, tables, budget, gdelt), json,
                Main.stdout(), err);
    }
}
