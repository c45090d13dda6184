package org.entente.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The team's label files: every annotations/labels-*.jsonl, in name order (annotators A, B, C, ...). */
final class LabelFiles {
    private LabelFiles() {
    }

    static List<Path> all(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("labels-") && n.endsWith(".jsonl");
            }).sorted().toList();
            if (out.isEmpty()) {
                throw new IOException("no labels-*.jsonl");
            }
            return out;
        }
    }
}
