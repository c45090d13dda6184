package org.entente.text.es;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled data file of the Spanish coder ({@code /es/*.tsv}): {@code #} comments and blank lines skipped, the
 * first other line is the column header, every row keeps its line number for provenance and error messages.
 */
public final class SpanishData {
    private SpanishData() {
    }

    /** One row of a file: its fields and where it stands ("es/verbs.tsv:12"). */
    public record Row(String file, int line, String[] fields) {
        public String field(int i) {
            return i < fields.length ? fields[i].trim() : "";
        }

        public String where() {
            return file + ":" + line;
        }

        public IllegalStateException error(String why) {
            return new IllegalStateException(where() + ": " + why);
        }
    }

    /** The rows of {@code /es/NAME} below its header; each must have at least {@code columns} fields. */
    public static List<Row> read(String name, int columns) {
        String resource = "/es/" + name;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SpanishData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                Row row = new Row("es/" + name, n, line.split("\t", -1));
                if (row.fields().length < columns) {
                    throw row.error("expected " + columns + " tab-separated columns, found " + row.fields().length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
