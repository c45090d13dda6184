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

/**
 * The Spark job in named steps: list the input files on the driver; read them, one task per file, with
 * {@code ./entente code}'s readers; spread the articles over {@code partitions}; code each partition with the
 * executor's one pipeline; keep the outcomes (memory, then disk) and write them as three outputs under OUT:
 * {@code articles/} and {@code event_mentions/} (Parquet, partitioned by date), {@code actor_mentions/} (Parquet),
 * {@code failures/} (JSON Lines, each failed input named with its reason); then {@code summary.json}.
 */
public final class SparkJob {
    /** What to run: the command line's choices, checked by the caller. */
    public record Options(List<String> inputs, String out, InputFormat format, LocalDate defaultDate,
                          String pathsBase, List<String> actors, List<String> patterns, int partitions) {
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
        UserDictionaries dictionaries;
        try {
            dictionaries = UserDictionaries.ship(spark.sparkContext(), o.actors(), o.patterns());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        InputListing.Listed listed = new InputListing(sc.hadoopConfiguration(), o.pathsBase()).list(o.inputs());
        ArticleCoding.Counters counters = new ArticleCoding.Counters(sc.sc().longAccumulator("articles"),
                sc.sc().longAccumulator("event_mentions"), sc.sc().longAccumulator("failed"));
        counters.failed().add(listed.failures().size());

        JavaRDD<Outcome> outcomes = code(sc, listed, o, dictionaries, counters);
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
        double seconds = (System.nanoTime() - t0) / 1e9;
        JobSummary summary = new JobSummary(spark.sparkContext().master(), listed.files().size(),
                counters.articles().value(), counters.mentions().value(), counters.failed().value(), seconds,
                out.toString(), dictionaries);
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

    /** Steps 2-4: read each file in its own task, spread the articles, code them. */
    private static JavaRDD<Outcome> code(JavaSparkContext sc, InputListing.Listed listed, Options o,
                                         UserDictionaries dictionaries, ArticleCoding.Counters counters) {
        List<String> files = listed.files();
        int partitions = o.partitions() > 0 ? o.partitions()
                : Math.max(files.size(), 2 * sc.defaultParallelism());
        SerializableConfiguration hadoop = new SerializableConfiguration(sc.hadoopConfiguration());
        JavaRDD<Item> items = sc.parallelize(files, Math.max(1, files.size()))
                .flatMap(new InputReading(hadoop, o.format(), o.defaultDate()));
        // one file can hold many articles (a JSONL dump, a WARC): coding, the costly step, is spread evenly
        return items.repartition(partitions).mapPartitions(new ArticleCoding(dictionaries, counters));
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
