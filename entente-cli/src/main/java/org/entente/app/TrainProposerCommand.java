package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.events.learn.MissBreakdown;
import org.entente.events.learn.ProposerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-proposer", mixinStandardHelpOptions = true,
        description = "Train the learned event proposer (rule learned-proposal of events/rules.tsv: a root model and a "
                + "role model) on the train split of the team's label files, choose its thresholds on that split by "
                + "cross-validation over its units (dev is only reported), and write the two model resources. "
                + "Deterministic: the same labels and coder give the same files. "
                + "Train the filter first (./entente train-filter): the threshold is chosen with it on. With "
                + "--misses, print instead where the coder's misses are on the train and dev splits. Never give it "
                + "public gold sets.")
public final class TrainProposerCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "LABELS", description = "The team's label files (default: every "
            + "annotations/labels-*.jsonl).")
    List<Path> labels;

    @Option(names = "--units", paramLabel = "FILE", description = "Units table with the splits (default: "
            + "${DEFAULT-VALUE}).")
    Path units = Path.of("annotations/units.tsv");

    @Option(names = "--corpus", paramLabel = "FILE", description = "The articles the labels point into (default: "
            + "${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/corpus/articles.jsonl");

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Where to write proposer-roots.tsv and "
            + "proposer-roles.tsv (default: ${DEFAULT-VALUE}).")
    Path outDir = Path.of("entente-core/src/main/resources/events");

    @Option(names = "--curve", description = "Also print the dev figures at every threshold tried.")
    boolean curve;

    @Option(names = "--misses", description = "Only print where the standard coder's misses are (train and dev).")
    boolean misses;

    @Option(names = "--why", description = "With --misses: also why no event came of a word that can take the gold "
            + "root (the rule that dropped the candidate, or the construction no pattern matched); each miss "
            + "is listed on stderr.")
    boolean why;

    @Option(names = "--off", paramLabel = "RULE", description = "With --misses: code without this rule (repeatable; "
            + "--off learned-proposal gives the coder before the proposer).")
    java.util.Set<String> off = new java.util.TreeSet<>();

    @Override
    public Integer call() {
        for (Path p : List.of(units, corpus)) {
            if (!Files.isReadable(p)) {
                System.err.println("entente train-proposer: " + p + ": not readable");
                return ExitCode.USAGE;
            }
        }
        List<Path> files;
        try {
            files = labels == null || labels.isEmpty() ? LabelFiles.all(Path.of("annotations")) : labels;
        } catch (IOException e) {
            System.err.println("entente train-proposer: annotations: " + e.getMessage());
            return ExitCode.USAGE;
        }
        PrintStream o = Main.stdout();
        if (misses) {
            try {
                MissBreakdown b = MissBreakdown.of(files, corpus, units, List.of("train", "dev"), off,
                        why ? System.err : null);
                o.print(b.table());
                for (String split : List.of("train", "dev")) {
                    o.println();
                    o.print(b.rootTable(split));
                }
                if (why) {
                    o.println();
                    o.print(b.whyTable());
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("entente train-proposer: " + files + ": " + e.getMessage());
                return ExitCode.SOME_INPUTS_FAILED;
            }
            o.flush();
            return ExitCode.OK;
        }
        ProposerTrainer.Result r;
        try {
            r = ProposerTrainer.fromAnnotations(files, corpus, units);
        } catch (IOException | RuntimeException e) {
            System.err.println("entente train-proposer: " + files + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        o.println("labels: " + files);
        o.println("train: " + r.examples());
        o.println(String.format(java.util.Locale.ROOT, "chosen on train (cross-validated): threshold %.2f, re-root "
                + "%.2f, drop %.2f (above 1: never)", r.onTrain().threshold(), r.onTrain().reroot(),
                r.onTrain().drop()));
        o.println("train (cross-validated), no proposals: " + r.onTrain().before().describe());
        o.println("train (cross-validated), chosen:       " + r.onTrain().chosen().describe());
        o.println("train (cross-validated), with review:  " + r.onTrain().reviewed().describe());
        o.println("dev, no proposals: " + r.before().describe());
        o.println("dev, chosen:       " + r.chosen().describe());
        o.println("dev, with review:  " + r.reviewed().describe());
        if (curve) {
            r.curve().forEach(p -> o.println("  " + p.describe()));
        }
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("proposer-roots.tsv"), r.roots().text(), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("proposer-roles.tsv"), r.roles().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("entente train-proposer: " + outDir + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        o.println("models written to " + outDir + " (roots " + r.roots().features() + " features, roles "
                + r.roles().features() + ")");
        o.flush();
        return ExitCode.OK;
    }
}
