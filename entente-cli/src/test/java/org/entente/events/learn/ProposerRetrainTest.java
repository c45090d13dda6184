package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Retrains the learned proposer from the team's labels (every annotations/labels-*.jsonl; train split, thresholds
 * on dev) and compares both models with the shipped ones, byte for byte. When the coder's output or the labels
 * change, the shipped models are stale: run {@code ./entente train-proposer} (after {@code ./entente train-filter})
 * and commit entente-core/src/main/resources/events/proposer-*.tsv. Skipped when ../shared (the corpus the labels point into) is
 * absent.
 */
class ProposerRetrainTest {
    @Test
    void retrainingGivesTheShippedModels() throws Exception {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "no " + corpus);
        Path dir = Path.of("annotations");
        List<Path> labels;
        try (Stream<Path> s = Files.list(dir)) {
            labels = s.filter(p -> p.getFileName().toString().matches("labels-.*\\.jsonl")).sorted().toList();
        }
        ProposerTrainer.Result r = ProposerTrainer.fromAnnotations(labels, corpus, dir.resolve("units.tsv"));
        assertEquals(shipped(EventProposer.ROOTS_RESOURCE), r.roots().text(),
                "the shipped root model is not what ./entente train-proposer gives now: retrain it");
        assertEquals(shipped(EventProposer.ROLES_RESOURCE), r.roles().text(),
                "the shipped role model is not what ./entente train-proposer gives now: retrain it");
    }

    private static String shipped(String resource) throws Exception {
        try (InputStream in = EventProposer.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
