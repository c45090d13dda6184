package org.entente.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.entente.ingest.Article;
import org.entente.ingest.BadInputException;
import org.entente.ingest.InputFailure;
import org.entente.ingest.Sources;

/**
 * Tables of articles, one row an article, read with Spark's own readers: Parquet, and CSV or TSV with a header
 * line. The columns are the fields of a JSON Lines record ({@link Sources#record}): {@code id} and one of
 * {@code text} or {@code html} are required, {@code url}, {@code date}, {@code outlet} (or {@code source}),
 * {@code title}, {@code author} and {@code lang} (or {@code language}) are taken when present; names match
 * whatever their case, other columns are ignored. Each row becomes the article its JSON Lines line would be, so
 * a table codes to the same event mentions as the same articles in JSON Lines. A table without a required column
 * is one failure naming the file and the column; a row without an id or text is one failure naming the row.
 */
final class TableInput {
    /** The record fields, each with the column names that give it (first one present wins). */
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("id", List.of("id"));
        FIELDS.put("text", List.of("text"));
        FIELDS.put("html", List.of("html"));
        FIELDS.put("url", List.of("url"));
        FIELDS.put("date", List.of("date"));
        FIELDS.put("outlet", List.of("outlet", "source"));
        FIELDS.put("title", List.of("title"));
        FIELDS.put("author", List.of("author"));
        FIELDS.put("lang", List.of("lang", "language"));
    }

    /** Rows of the tables as items to code, and the tables that could not be read. */
    record Read(JavaRDD<Item> items, List<InputFailure> failures) {
    }

    private final SparkSession spark;
    private final LocalDate defaultDate;

    TableInput(SparkSession spark, LocalDate defaultDate) {
        this.spark = spark;
        this.defaultDate = defaultDate;
    }

    /** Reads each file as a table of the given layout; the schema is checked on the driver, the rows in tasks. */
    Read read(List<String> files, TableFormat forced) {
        List<InputFailure> failures = new ArrayList<>();
        JavaRDD<Item> items = null;
        for (String file : files) {
            TableFormat kind = forced != null ? forced : TableFormat.ofName(file);
            Dataset<Row> table;
            try {
                table = reader(kind).load(file);
            } catch (RuntimeException e) {
                // Spark's AnalysisException (a file that is no Parquet, an empty CSV) is a RuntimeException
                failures.add(new InputFailure(file, "cannot read as " + kind.name().toLowerCase(Locale.ROOT)
                        + ": " + firstLine(e)));
                continue;
            }
            String missing = missingColumn(table.columns());
            if (missing != null) {
                failures.add(new InputFailure(file, missing));
                continue;
            }
            JavaRDD<Item> rows = canonical(table).toJavaRDD().map(new RowToItem(file, defaultDate));
            items = items == null ? rows : items.union(rows);
        }
        return new Read(items, failures);
    }

    private DataFrameReader reader(TableFormat kind) {
        return switch (kind) {
            case PARQUET -> spark.read().format("parquet");
            // text with line breaks inside quotes is one field; a quote inside a field is doubled (RFC 4180)
            case CSV, TSV -> spark.read().format("csv").option("header", "true").option("multiLine", "true")
                    .option("escape", "\"").option("sep", kind == TableFormat.CSV ? "," : "\t")
                    .option("mode", "PERMISSIVE");
        };
    }

    /** Why a table with these columns cannot be read as articles (naming the column), or null when it can. */
    static String missingColumn(String[] columns) {
        if (column(columns, "id") == null) {
            return "no column \"id\": a table of articles needs id, and text or html";
        }
        if (column(columns, "text") == null && column(columns, "html") == null) {
            return "no column \"text\" or \"html\": a table of articles needs id, and text or html";
        }
        return null;
    }

    /** The table as the record's fields, in {@link #FIELDS} order, each a string column (null when absent). */
    private static Dataset<Row> canonical(Dataset<Row> table) {
        List<Column> select = new ArrayList<>();
        for (String field : FIELDS.keySet()) {
            String have = column(table.columns(), field);
            Column c = have == null ? functions.lit(null) : functions.col("`" + have + "`");
            select.add(c.cast("string").as(field));
        }
        return table.select(select.toArray(new Column[0]));
    }

    /** The table's column that gives {@code field}, matched without regard to case, or null. */
    private static String column(String[] columns, String field) {
        for (String name : FIELDS.get(field)) {
            for (String c : columns) {
                if (c.strip().equalsIgnoreCase(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String firstLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** One row (the {@link #FIELDS} as strings) into the article its JSON Lines record would be. */
    private static final class RowToItem implements Function<Row, Item> {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final String file;
        private final String fileName;
        private final LocalDate defaultDate;

        RowToItem(String file, LocalDate defaultDate) {
            this.file = file;
            this.fileName = new org.apache.hadoop.fs.Path(file).getName();
            this.defaultDate = defaultDate;
        }

        @Override
        public Item call(Row row) {
            ObjectNode fields = JSON.createObjectNode();
            int i = 0;
            for (String field : FIELDS.keySet()) {
                String v = row.getString(i++);
                if (v != null) {
                    fields.put(field, v);
                }
            }
            String id = fields.path("id").asText(null);
            if (id == null || id.isBlank()) {
                return Item.failed(new InputFailure(file, "a row without an id; skipped"));
            }
            String where = file + " id " + id;
            try {
                Article a = Sources.record(fields, fileName, defaultDate,
                        reason -> System.err.println("entente: " + where + ": warning: " + reason));
                return Item.of(a);
            } catch (BadInputException e) {
                return Item.failed(new InputFailure(where, e.getMessage()));
            } catch (RuntimeException e) {
                return Item.failed(new InputFailure(where, "unreadable record: " + e));
            }
        }
    }
}
