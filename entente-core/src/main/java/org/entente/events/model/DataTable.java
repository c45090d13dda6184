package org.entente.events.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled tab-separated data file of the coder (lexicon, rule chain, derived events, place doers), read once:
 * blank lines and {@code #} comments skipped, each row kept with its line number so a malformed row is reported as
 * {@code file:line: reason}. The files' own checks stay with the classes that know their columns.
 */
public final class DataTable {
    private DataTable() {
    }

    /** One row: its fields (split on tabs, empty trailing fields kept) and where it stands. */
    public record Row(String resource, int line, String[] fields) {
        public String field(int i) {
            return i < fields.length ? fields[i] : "";
        }

        public IllegalStateException error(String why) {
            return new IllegalStateException(resource + ":" + line + ": " + why);
        }
    }

    public static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(resource, n, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
