package org.entente.spark;

import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session for {@code ./entente spark} and runs the job in it. Under spark-submit the master and
 * settings are spark-submit's; run directly, the job is local ({@code local[*]} unless {@code --master} says) and
 * stays on the loopback interface with no web UI.
 */
public final class SparkLauncher {
    private SparkLauncher() {
    }

    /** Runs the job and returns its exit code (0, 1 some inputs failed, 2 usage error). */
    public static int run(String master, SparkJob.Options options, boolean json, PrintStream stdout,
                          PrintStream err) {
        SparkSession spark = session(master);
        try {
            SparkJob.Result result = new SparkJob(spark, err).run(options);
            if (json) {
                stdout.println(result.json());
                stdout.flush();
            }
            return result.exitCode();
        } catch (SparkJob.UsageException e) {
            err.println("entente spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The session: spark-submit's when it set a master and none is given here, else a local one. */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("entente");
        String chosen = master != null ? master : conf.get("spark.master", "local[*]");
        conf.setMaster(chosen);
        if (chosen.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        // dates and the rows' UTC timestamps must not move with the machine's zone
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "100"); // the mentions table has 40 columns
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
