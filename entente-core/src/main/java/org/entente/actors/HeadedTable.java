package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a small tab-separated resource under {@code /actors/} whose first row names its columns: blank lines and
 * {@code #} comments are skipped, the header must start with the expected names (a wrong header names the file and
 * line), and each data row goes to the caller with its line number, so its own checks can name the line too.
 */
final class HeadedTable {
    /** One data row: its 1-based line number in the file and its fields (trailing empty fields kept). */
    interface RowReader {
        void row(int line, String[] fields);
    }

    private HeadedTable() {
    }

    static void read(String file, List<String> header, RowReader rows) {
        try (InputStream in = HeadedTable.class.getResourceAsStream("/actors/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean headerSeen = false;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!headerSeen) {
                    if (f.length < header.size() || !List.of(f).subList(0, header.size()).equals(header)) {
                        throw new IllegalStateException(file + ":" + n + ": header must be " + String.join(", ", header));
                    }
                    headerSeen = true;
                    continue;
                }
                rows.row(n, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
