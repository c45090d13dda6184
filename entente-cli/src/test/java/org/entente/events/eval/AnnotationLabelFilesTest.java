package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new annotator's file (batch 4 added labels-E.jsonl) joins training, eval and the regression guard by its name
 * alone: labelFiles takes every labels-*.jsonl in name order and leaves the agreement overlap files and other
 * tables out.
 */
class AnnotationLabelFilesTest {
    @Test
    void everyAnnotatorsLabelFileIsTakenInNameOrder(@TempDir Path dir) throws Exception {
        for (String name : List.of("labels-E.jsonl", "labels-A.jsonl", "overlap-B.jsonl", "units.tsv",
                "labels-D.jsonl", "locations.jsonl")) {
            Files.writeString(dir.resolve(name), "");
        }
        List<String> names = AnnotationSet.labelFiles(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("labels-A.jsonl", "labels-D.jsonl", "labels-E.jsonl"), names);
    }
}
