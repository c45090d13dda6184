package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.events.eval.AnnotationSet;
import org.junit.jupiter.api.Test;

/**
 * Retrains the learned filter from the team's labels (train split, threshold on dev) and compares it with the
 * shipped model: the same features, weights, bias and threshold. When the coder's output on the annotated units
 * changes, the shipped model is stale: run {@code ./entente train-filter} and commit the new
 * entente-core/src/main/resources/events/filter-model.tsv. Skipped when ../shared (the corpus the labels point into) is absent.
 */
class FilterRetrainTest {
    @Test
    void retrainingGivesTheShippedModel() throws Exception {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "no " + corpus);
        Path labels = Path.of("annotations");
        FilterTrainer.Result r = FilterTrainer.fromAnnotations(
                AnnotationSet.labelFiles(labels), corpus,
                labels.resolve("units.tsv"));
        String shipped;
        try (InputStream in = FilterModel.class.getResourceAsStream(FilterModel.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, r.model().text(), "the shipped model is not what ./entente train-filter gives now: "
                + "retrain it");
    }
}
