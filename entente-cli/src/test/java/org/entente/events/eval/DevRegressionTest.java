package org.entente.events.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.entente.events.model.CameoTable;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Runs the dev split of the shared gold sets through the whole pipeline and fails when a field's F1 falls more than
 * 0.02 below the last recorded figure (entente-cli/src/test/resources/events/eval-baseline.properties; raise it when the coder
 * improves). Skipped when ../shared is absent.
 */
class DevRegressionTest {
    private static final double TOLERANCE = 0.02;

    @Test
    void devScoresDoNotRegress() throws Exception {
        Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
        Path dev = shared.resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev), "no ../shared/eval/dev");
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/events/eval-baseline.properties")) {
            baseline.load(in);
        }
        Evaluator evaluator = new Evaluator(Pipeline.standard(List.of(), List.of()), CameoTable.standard());
        StringBuilder failures = new StringBuilder();
        for (String set : List.of("plover_gsr", "petr2_gsr")) {
            Path f = dev.resolve(set + ".jsonl");
            assumeTrue(Files.exists(f), "missing " + f);
            EvalReport r = evaluator.evaluate(f.toString(), GoldReader.read(f).events());
            for (String key : baseline.stringPropertyNames()) {
                if (!key.startsWith(set + ".")) {
                    continue;
                }
                String field = key.substring(set.length() + 1);
                double recorded = Double.parseDouble(baseline.getProperty(key));
                if (field.equals("false_events")) {
                    if (r.falseEvents() > recorded) {
                        failures.append(set).append(" false events ").append(r.falseEvents()).append(" > ")
                                .append((int) recorded).append('\n');
                    }
                    continue;
                }
                FieldScore s = r.fields().get(field);
                double f1 = s == null ? 0 : s.f1();
                if (f1 < recorded - TOLERANCE) {
                    failures.append(String.format("%s %s F1 %.3f < recorded %.3f - %.2f%n", set, field, f1, recorded,
                            TOLERANCE));
                }
            }
        }
        annotations(shared, baseline, failures);
        assertTrue(failures.length() == 0, failures.toString());
    }

    /**
     * The dev split of the team's annotated real news (annotations/labels-*.jsonl), when labels exist and a figure
     * was recorded for them (annotations_dev.* in the baseline).
     */
    private static void annotations(Path shared, Properties baseline, StringBuilder failures) throws Exception {
        Path dir = Path.of("annotations");
        Path corpus = shared.resolve("corpus/articles.jsonl");
        List<Path> labels = Files.isDirectory(dir) ? AnnotationSet.labelFiles(dir) : List.of();
        if (labels.isEmpty() || !Files.exists(corpus) || baseline.getProperty("annotations_dev.f1") == null) {
            return;
        }
        AnnotationSet set = AnnotationSet.read(labels, corpus, dir.resolve("units.tsv"), "dev");
        AnnotationEval.Report r = new AnnotationEval(Pipeline.standard(List.of(), List.of())).evaluate(set, "dev");
        java.util.Map<String, Double> now = java.util.Map.of("precision", r.precision(), "recall", r.recall(),
                "recall_essential", r.recallEssential(), "f1", r.f1());
        for (java.util.Map.Entry<String, Double> e : now.entrySet()) {
            String recorded = baseline.getProperty("annotations_dev." + e.getKey());
            if (recorded != null && e.getValue() < Double.parseDouble(recorded) - TOLERANCE) {
                failures.append(String.format("team annotations dev %s %.3f < recorded %s - %.2f%n", e.getKey(),
                        e.getValue(), recorded, TOLERANCE));
            }
        }
    }
}
