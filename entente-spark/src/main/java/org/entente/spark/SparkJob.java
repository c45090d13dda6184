package org.entente.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.entente.ingest.InputFailure;
import org.entente.ingest.InputFormat;
import org.entente.store.CodingBudget;

/**
 * The Spark job in named steps: list the input files on the driver; read them, one task per file, with
 * {@code ./entente code}'s readers (tables of articles, Parquet, CSV or TSV, with Spark's: {@link TableInput});
 * spread the articles over {@code partitions}; code each partition with the
 * executor's one pipeline; keep the outcomes (memory, then disk) and write them as three outputs under OUT:
 * {@code articles/} and {@code event_mentions/} (Parquet, partitioned by date), {@code actor_mentions/} (Parquet),
 * {@code failures/} (JSON Lines, each failed input named with its reason); with {@code --gdelt} the GDELT files
 * ({@link GdeltOutput}); then {@code summary.json}.
 */
public final class SparkJob {
    /** What to run: the command line's choices, checked by the caller. */
    public record Options(List<String> inputs, String out, InputFormat format, LocalDate defaultDate,
                          String pathsBase, List<String> actors, List<String> patterns, int partitions,
                          TableFormat tables, CodingBudget budget, boolean gdelt) {
        /** {@code tables}: the layout every input is read as (null: tables by extension, the rest sniffed). */
        public Options {
            budget = budget == null ? CodingBudget.standard() : budget;
        }

        /** Tables by extension, the ingest's time limit, no GDELT files. */
        public Options(List<String> inputs, String out, InputFormat format, LocalDate defaultDate, String pathsBase,
                       List<String> actors, List<String> patterns, int partitions) {
            this(inputs, out, format, defaultDate, pathsBase, actors, patterns, partitions, null, null, false);
        }
    }

    /** Thrown for a request the job refuses before starting (exit code 2). */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private static final int MAX_FAILURES_PRINTED = 1000;

    private final SparkSession spark;
    private final PrintStream err;

    public SparkJob(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /** Runs the job; each failed input is named on {@code err}. */
    public Result run(Options o) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path out = new Path(o.out());
        refuseUsedOutput(out);
        java.nio.file.Path gdeltOut = o.gdelt() ? localFolder(out) : null;
        UserDictionaries dictionaries;
        try {
            dictionaries = UserDictionaries.ship(spark.sparkContext(), o.actors(), o.patterns());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        InputListing.Listed listed = new InputListing(sc.hadoopConfiguration(), o.pathsBase()).list(o.inputs());
        ArticleCoding.Counters counters = new ArticleCoding.Counters(sc.sc().longAccumulator("articles"),
                sc.sc().longAccumulator("event_mentions"), sc.sc().longAccumulator("failed"),
                sc.sc().longAccumulator("timed_out"));
        List<String> tableFiles = new ArrayList<>();
        List<String> otherFiles = new ArrayList<>();
        for (String f : listed.files()) {
            (o.tables() != null || TableFormat.ofName(f) != null ? tableFiles : otherFiles).add(f);
        }
        TableInput.Read tables = new TableInput(spark, o.defaultDate()).read(tableFiles, o.tables());
        listed = new InputListing.Listed(otherFiles, concat(listed.failures(), tables.failures()));
        counters.failed().add(listed.failures().size());

        JavaRDD<Outcome> outcomes = code(sc, listed, tables.items(), tableFiles.size(), o, dictionaries, counters);
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            write(outcomes.filter(x -> x.article() != null).map(Outcome::article), OutputTables.ARTICLE_SCHEMA,
                    new Path(out, OutputTables.ARTICLES));
            write(outcomes.flatMap(x -> x.mentions().iterator()), OutputTables.MENTION_SCHEMA,
                    new Path(out, OutputTables.MENTIONS));
            spark.createDataFrame(outcomes.flatMap(x -> x.actors().iterator()), OutputTables.ACTOR_SCHEMA).write()
                    .mode(SaveMode.ErrorIfExists).option("compression", "zstd")
                    .parquet(new Path(out, OutputTables.ACTORS).toString());
            List<InputFailure> failures = new ArrayList<>(listed.failures());
            JavaRDD<Row> failed = outcomes.filter(x -> x.failure() != null)
                    .map(x -> OutputTables.row(new Object[] {x.failure().input(), x.failure().reason()}));
            failures.addAll(failed.take(MAX_FAILURES_PRINTED).stream()
                    .map(r -> new InputFailure(r.getString(0), r.getString(1))).toList());
            JavaRDD<Row> listingFailures = sc.parallelize(listed.failures().stream()
                    .map(f -> OutputTables.row(new Object[] {f.input(), f.reason()})).toList(), 1);
            spark.createDataFrame(failed.union(listingFailures).coalesce(1), OutputTables.FAILURE_SCHEMA)
                    .write().mode(SaveMode.ErrorIfExists).json(new Path(out, OutputTables.FAILURES).toString());
            for (InputFailure f : failures.subList(0, Math.min(failures.size(), MAX_FAILURES_PRINTED))) {
                err.println("entente: " + f);
            }
        } finally {
            outcomes.unpersist(false);
        }
        GdeltOutput.Written gdelt = null;
        if (gdeltOut != null) {
            gdelt = GdeltOutput.write(gdeltOut, "entente spark");
            if (gdelt.undated() > 0) {
                err.println("entente spark: " + gdelt.undated() + " undated events not in the GDELT files (a GDELT"
                        + " row needs a date: give undated inputs one with --date)");
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        JobSummary summary = new JobSummary(spark.sparkContext().master(), listed.files().size() + tableFiles.size(),
                counters.articles().value(), counters.mentions().value(), counters.failed().value(),
                counters.timedOut().value(), seconds, out.toString(), dictionaries, gdelt);
        if (summary.failed() > MAX_FAILURES_PRINTED) {
            err.println("entente: " + summary.failed() + " inputs failed in all; every one is named under "
                    + new Path(out, OutputTables.FAILURES));
        }
        writeSummary(out, summary);
        return new Result(summary);
    }

    /** The job's outcome for its caller: the summary (as JSON) and the exit code DESIGN.md §3 gives it. */
    public record Result(JobSummary summary) {
        public String json() {
            return summary.json().toString();
        }

        public int exitCode() {
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * Steps 2-4: read each file in its own task (tables with Spark's readers, {@code tableRows}), spread the
     * articles, code them.
     */
    private static JavaRDD<Outcome> code(JavaSparkContext sc, InputListing.Listed listed, JavaRDD<Item> tableRows,
                                         int tableFiles, Options o, UserDictionaries dictionaries,
                                         ArticleCoding.Counters counters) {
        List<String> files = listed.files();
        int partitions = o.partitions() > 0 ? o.partitions()
                : Math.max(files.size() + tableFiles, 2 * sc.defaultParallelism());
        SerializableConfiguration hadoop = new SerializableConfiguration(sc.hadoopConfiguration());
        JavaRDD<Item> items = sc.parallelize(files, Math.max(1, files.size()))
                .flatMap(new InputReading(hadoop, o.format(), o.defaultDate()));
        if (tableRows != null) {
            items = files.isEmpty() ? tableRows : items.union(tableRows);
        }
        // one file can hold many articles (a JSONL dump, a WARC): coding, the costly step, is spread evenly
        return items.repartition(partitions).mapPartitions(new ArticleCoding(dictionaries, counters, o.budget()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * OUT as a folder of the driver's own file system, where the GDELT files' scratch store reads the Parquet;
     * --gdelt with OUT elsewhere (hdfs://, s3a://) is refused before any work.
     */
    private java.nio.file.Path localFolder(Path out) {
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!"file".equals(fs.getScheme())) {
                throw new UsageException("--gdelt writes through the store's exporter on the driver: OUT must be a"
                        + " local folder, not " + out + " (or run ./entente ingest OUT, then ./entente export)");
            }
            return java.nio.file.Path.of(fs.makeQualified(out).toUri());
        } catch (IOException e) {
            throw new UsageException("cannot check output " + out + ": " + e.getMessage());
        }
    }

    private void write(JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema, Path where) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists)
                .partitionBy(OutputTables.PARTITION_COLUMN).option("compression", "zstd").parquet(where.toString());
    }

    /** A second run into the same OUT would mix two jobs' rows: refused before any work. */
    private void refuseUsedOutput(Path out) {
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String table : List.of(OutputTables.ARTICLES, OutputTables.MENTIONS, OutputTables.ACTORS,
                    OutputTables.FAILURES)) {
                if (fs.exists(new Path(out, table))) {
                    throw new UsageException(out + " already holds a job's output (" + table + "/): name a new folder");
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot check output " + out + ": " + e.getMessage());
        }
    }

    private void writeSummary(Path out, JobSummary summary) {
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream os = fs.create(new Path(out, "summary.json"), true)) {
                os.write((summary.json().toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            err.println("entente spark: cannot write " + out + "/summary.json: " + e.getMessage());
        }
    }
}
