package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.events.eval.AnnotationSet;
import org.entente.events.learn.FilterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-filter", mixinStandardHelpOptions = true,
        description = "Train the learned event filter (rule learned-filter of events/rules.tsv) on the train split of "
                + "the team's label files, choose C and its threshold by cross-validation on that split (dev is only "
                + "reported), and write the model resource. "
                + "Deterministic: the same labels and coder give the same file. Never give it public gold sets.")
public final class TrainFilterCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "LABELS", description = "The team's label files (default: "
            + "every annotations/labels-*.jsonl).")
    List<Path> labels = List.of();

    @Option(names = "--units", paramLabel = "FILE", description = "Units table with the splits (default: "
            + "${DEFAULT-VALUE}).")
    Path units = Path.of("annotations/units.tsv");

    @Option(names = "--corpus", paramLabel = "FILE", description = "The articles the labels point into (default: "
            + "${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/corpus/articles.jsonl");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("entente-core/src/main/resources/events/filter-model.tsv");

    @Option(names = "--cv-seeds", split = ",", paramLabel = "SEED", description = "Seeds of the cross-validation's "
            + "dealing of units into folds (comma-separated; default: ${DEFAULT-VALUE}); with several, the repetitions' "
            + "counts are added up before choosing, and each seed's own choice is printed (how far the dealing alone "
            + "moves the threshold).")
    List<Long> seeds = org.entente.events.learn.FilterTrainer.SEEDS;

    @Option(names = "--precision-target", paramLabel = "P", description = "The cross-validated precision on the "
            + "triple the threshold must reach (default: ${DEFAULT-VALUE}, FilterTrainer.PRECISION_TARGET); another "
            + "value is for comparing operating points.")
    double target = FilterTrainer.PRECISION_TARGET;

    @Option(names = "--curve", description = "Also print the train split's cross-validated figures at every threshold (chosen C).")
    boolean curve;

    @Option(names = "--stability", description = "Also show how far the choice moves (nothing of it is used): with the "
            + "fold-dealing seeds 19-23 and 24-28, and with 10 and 30 train units left out at random (three draws each).")
    boolean stability;

    private List<String> stabilityLines = List.of();

    @Override
    public Integer call() {
        for (Path p : List.of(units, corpus)) {
            if (!Files.isReadable(p)) {
                System.err.println("entente train-filter: " + p + ": not readable");
                return ExitCode.USAGE;
            }
        }
        FilterTrainer.Result r;
        try {
            if (labels.isEmpty()) {
                labels = AnnotationSet.labelFiles(units.toAbsolutePath().getParent());
            }
            List<org.entente.events.learn.LabelledEvents> sets = FilterTrainer.label(labels, corpus, units);
            r = FilterTrainer.train(sets.get(0), sets.get(1), seeds, target);
            if (stability) {
                java.util.List<String> lines = new java.util.ArrayList<>(FilterTrainer.stability(sets.get(0),
                        List.of(List.of(19L, 20L, 21L, 22L, 23L), List.of(24L, 25L, 26L, 27L, 28L)), 10, 3));
                lines.addAll(FilterTrainer.stability(sets.get(0), List.of(), 30, 3));
                stabilityLines = lines;
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("entente train-filter: " + labels + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        PrintStream o = Main.stdout();
        o.println("train (cross-validated), every event kept: " + r.before().describe());
        o.println(String.format(java.util.Locale.ROOT, "threshold %.2f: the lowest with cross-validated precision >= "
                + "%.2f (bootstrap resamples of the train units: 10th-90th percentile %.2f-%.2f; the session-9 rule, "
                + "highest F1 keeping 95 %% of the essential events, would give %.2f)", r.choice().chosen().threshold(),
                r.target(), r.choice().low(), r.choice().high(), r.choice().edge()));
        o.println("train (cross-validated), chosen (C=" + r.c() + "): " + r.chosen().describe());
        o.println("dev, every event kept: " + r.devBefore().describe());
        o.println("dev, with the model:   " + r.devChosen().describe());
        if (seeds.size() > 1) {
            r.seedChoices().forEach((seed, p) -> o.println("  seed " + seed + " alone: " + p.describe()));
        }
        stabilityLines.forEach(l -> o.println("  stability: " + l));
        if (curve) {
            r.curve().forEach(p -> o.println("  " + p.describe()));
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, r.model().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("entente train-filter: " + out + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        o.println("model written to " + out + " (" + r.model().weights().size() + " features)");
        o.flush();
        return ExitCode.OK;
    }
}
