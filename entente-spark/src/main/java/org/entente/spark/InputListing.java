package org.entente.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.entente.ingest.InputFailure;

/**
 * The files a job reads, listed on the driver: a file as given; a folder's regular files, recursively, in sorted
 * order, hidden ({@code .x}) and bookkeeping ({@code _SUCCESS}) files left out, as {@code ./entente code} reads a
 * folder; and a <em>paths file</em> ({@code *.paths} or {@code *.paths.gz}, Common Crawl's {@code warc.paths.gz}
 * layout) stands for the files it lists, one a line, relative ones taken against {@code pathsBase} (or the
 * paths file's own folder when none is given). An input that cannot be listed is a named failure.
 */
final class InputListing {
    /** Files to read, and the inputs that could not be listed. */
    record Listed(List<String> files, List<InputFailure> failures) {
    }

    private final Configuration hadoop;
    private final String pathsBase;

    InputListing(Configuration hadoop, String pathsBase) {
        this.hadoop = hadoop;
        this.pathsBase = pathsBase;
    }

    static boolean isPathsFile(String name) {
        return name.endsWith(".paths") || name.endsWith(".paths.gz");
    }

    Listed list(List<String> inputs) {
        List<String> files = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(hadoop);
                if (!fs.exists(p)) {
                    failures.add(new InputFailure(input, "no such file"));
                } else if (fs.getFileStatus(p).isDirectory()) {
                    under(fs, p, files);
                } else if (isPathsFile(p.getName())) {
                    listed(fs, p, files);
                } else {
                    files.add(p.toString());
                }
            } catch (IOException | IllegalArgumentException e) {
                failures.add(new InputFailure(input, "cannot list: " + e.getMessage()));
            }
        }
        return new Listed(files, failures);
    }

    private static void under(FileSystem fs, Path dir, List<String> out) throws IOException {
        FileStatus[] entries = fs.listStatus(dir);
        java.util.Arrays.sort(entries, java.util.Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus s : entries) {
            String name = s.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (s.isDirectory()) {
                under(fs, s.getPath(), out);
            } else {
                out.add(s.getPath().toString());
            }
        }
    }

    private void listed(FileSystem fs, Path pathsFile, List<String> out) throws IOException {
        Path base = pathsBase != null ? new Path(pathsBase) : pathsFile.getParent();
        try (InputStream raw = fs.open(pathsFile);
             InputStream in = pathsFile.getName().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                Path p = new Path(entry);
                out.add((p.isAbsoluteAndSchemeAuthorityNull() || p.toUri().getScheme() != null
                        ? p : new Path(base, entry)).toString());
            }
        }
    }
}
