package org.entente.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.store.TableRows;

/**
 * The job's Parquet tables in the schema of {@code ./entente export --format parquet --table articles|mentions}:
 * the store's columns ({@link TableRows}), and its actor_mentions (which {@code ./entente ingest} needs to resolve
 * the events of an imported output), with the Spark type of each store type. The date column becomes the
 * partition folder ({@code date=YYYY-MM-DD}); a reader with hive partitioning gets it back as a column.
 */
final class OutputTables {
    static final String ARTICLES = "articles";
    static final String MENTIONS = "event_mentions";
    static final String ACTORS = "actor_mentions";
    static final String FAILURES = "failures";
    static final String PARTITION_COLUMN = "date";

    /** Columns that are not VARCHAR in the store, with their Spark type; every other column is a string. */
    private static final Map<String, DataType> ARTICLE_TYPES = Map.of(
            "date", DataTypes.DateType, "ingested", DataTypes.TimestampNTZType, "run_id", DataTypes.IntegerType,
            "tone", DataTypes.DoubleType, "word_count", DataTypes.IntegerType);
    private static final Map<String, DataType> MENTION_TYPES = Map.ofEntries(
            Map.entry("idx", DataTypes.IntegerType), Map.entry("date", DataTypes.DateType),
            Map.entry("quad", DataTypes.ByteType), Map.entry("goldstein", DataTypes.DoubleType),
            Map.entry("sentence", DataTypes.IntegerType), Map.entry("span_start", DataTypes.IntegerType),
            Map.entry("span_end", DataTypes.IntegerType), Map.entry("source_start", DataTypes.IntegerType),
            Map.entry("source_end", DataTypes.IntegerType), Map.entry("verb_start", DataTypes.IntegerType),
            Map.entry("verb_end", DataTypes.IntegerType), Map.entry("target_start", DataTypes.IntegerType),
            Map.entry("target_end", DataTypes.IntegerType), Map.entry("historical", DataTypes.BooleanType),
            Map.entry("event_id", DataTypes.LongType), Map.entry("resolution_score", DataTypes.DoubleType),
            Map.entry("location_lat", DataTypes.DoubleType), Map.entry("location_lon", DataTypes.DoubleType),
            Map.entry("tone", DataTypes.DoubleType));

    private static final Map<String, DataType> ACTOR_TYPES = Map.of(
            "idx", DataTypes.IntegerType, "sentence", DataTypes.IntegerType, "start_char", DataTypes.IntegerType,
            "end_char", DataTypes.IntegerType, "first_token", DataTypes.IntegerType,
            "last_token", DataTypes.IntegerType, "confidence", DataTypes.DoubleType);

    static final StructType ARTICLE_SCHEMA = schema(TableRows.ARTICLE_COLUMNS, ARTICLE_TYPES);
    static final StructType MENTION_SCHEMA = schema(TableRows.MENTION_COLUMNS, MENTION_TYPES);
    static final StructType ACTOR_SCHEMA = schema(TableRows.ACTOR_COLUMNS, ACTOR_TYPES);
    static final StructType FAILURE_SCHEMA = new StructType()
            .add("input", DataTypes.StringType, false).add("reason", DataTypes.StringType, false);

    private OutputTables() {
    }

    private static StructType schema(List<String> columns, Map<String, DataType> types) {
        List<StructField> fields = new ArrayList<>(columns.size());
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, types.getOrDefault(c, DataTypes.StringType), true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row row(Object[] values) {
        return RowFactory.create(values);
    }
}
