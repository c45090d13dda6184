package org.entente.spark;

import java.util.Locale;

/**
 * The layouts of tables of articles the job reads with Spark's own readers ({@link TableInput}): chosen by a file's
 * extension ({@code .parquet}, {@code .csv}, {@code .tsv}, a CSV or TSV also gzipped) or for every input by
 * {@code --input-format parquet|csv|tsv}. Names no Spark type, so the command line can name it.
 */
public enum TableFormat {
    PARQUET, CSV, TSV;

    /** The layout a file's name says, or null for a file of {@code ./entente code}'s readers. */
    public static TableFormat ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        return n.endsWith(".tsv") ? TSV : null;
    }

    /** The layout {@code --input-format} names, or null when it names a format of the other readers. */
    public static TableFormat ofOption(String format) {
        for (TableFormat f : values()) {
            if (f.name().equalsIgnoreCase(format.strip())) {
                return f;
            }
        }
        return null;
    }
}
