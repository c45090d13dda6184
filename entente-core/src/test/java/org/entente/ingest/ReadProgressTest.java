package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar's measure: file sizes known up front, bytes counted as the readers take them. */
class ReadProgressTest {
    @TempDir
    Path tmp;

    @Test
    void countsEveryByteOfPlainAndGzippedFilesAndFolders() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            jsonl.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record ").append(i)
                    .append(" says that one country met another.\"}\n");
        }
        Path plain = tmp.resolve("a.jsonl");
        Files.writeString(plain, jsonl);
        Path dir = Files.createDirectories(tmp.resolve("more"));
        Path gz = dir.resolve("b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(jsonl.toString().replace("\"r", "\"g").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve(".hidden.txt"), "not read, so not counted");
        List<String> inputs = List.of(plain.toString(), dir.toString());

        ReadProgress p = ReadProgress.of(inputs);
        assertEquals(Files.size(plain) + Files.size(gz), p.totalBytes(), "hidden files are not read, not counted");
        assertEquals(0, p.bytesRead());
        Collect c = new Collect();
        Sources.read(inputs, InputFormat.AUTO, null, c, p);
        assertEquals(800, c.articles.size(), c.failures.toString());
        assertEquals(p.totalBytes(), p.bytesRead(), "gzip counts as stored, every byte once");
    }

    @Test
    void unknownTotalForStdinOrAMissingFile() {
        assertEquals(-1, ReadProgress.of(List.of("-")).totalBytes());
        assertEquals(-1, ReadProgress.of(List.of(tmp.resolve("missing.jsonl").toString())).totalBytes());
        assertTrue(ReadProgress.of(List.of(Collect.samples().toString())).totalBytes() > 0);
    }
}
