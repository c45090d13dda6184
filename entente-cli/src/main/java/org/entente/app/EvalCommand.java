package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.events.model.CameoTable;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationEval;
import org.entente.events.eval.AnnotationSet;
import org.entente.events.eval.EvalReport;
import org.entente.events.eval.Evaluator;
import org.entente.events.eval.FieldScore;
import org.entente.events.eval.GoldReader;
import org.entente.events.eval.ShortReportMisses;
import org.entente.events.eval.NonPoliticalEvents;
import org.entente.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the event coder on gold sets (../shared/eval format): per-field precision, recall, F1; "
                + "and on the team's label files (annotations/README.md): precision, recall (essential, all), F1 on "
                + "(source country, target country, root), modality accuracy, a per-root table and the short-report measures "
                + "(recall of the right class, class precision, events on non-political reports).")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--speed", paramLabel = "CORPUS", description = "Instead of scoring: time analysis, actors and "
            + "coder separately on a JSON Lines corpus (text, date), median and range over --runs runs.")
    Path speedCorpus;

    @Option(names = "--limit", defaultValue = "300", description = "Articles for --speed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs for --speed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--resolution", paramLabel = "FILE.jsonl", description = "Instead of the coder: score event "
            + "resolution on the articles of FILE that carry an event_cluster (ingested into a temporary store): "
            + "pairwise precision, recall and F1 over article pairs.")
    Path resolutionCorpus;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Gold files (JSON Lines) to score.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object (all files, or the resolution score) instead of "
            + "tables.")
    boolean json;

    @Option(names = "--explain", description = "Print each record whose events differ from the gold to stderr "
            + "(development aid: use it on dev, never on holdout).")
    boolean explain;

    @Option(names = "--asserted-only", description = "Score only asserted event mentions (default: every mention, "
            + "as the gold sets code what a sentence mentions).")
    boolean assertedOnly;

    @Option(names = "--split", paramLabel = "SPLIT", description = "For the team's label files: score only the units "
            + "of this split (train, dev or test; from units.tsv).")
    String split;

    @Option(names = "--corpus", paramLabel = "FILE", description = "For the team's label files: the articles they "
            + "point into (default: ../shared/corpus/articles.jsonl).")
    Path corpus = Path.of("../shared/corpus/articles.jsonl");

    @Option(names = "--units", paramLabel = "FILE", description = "For the team's label files: the units table with "
            + "each unit's split (default: units.tsv beside the first label file).")
    Path units;

    @Option(names = "--short-misses", description = "For the team's label files: instead of scoring, list the "
            + "political short reports of the train and dev splits (or --split) on which the coder emits no event of a right "
            + "class, each with its first cause, and print the causes as Markdown tables (never the test split).")
    boolean shortMisses;

    @Option(names = "--ablate", description = "Score with every rule of the coder's chain (events/rules.tsv), then "
            + "with each rule switched off in turn, and print the change of each figure on the given files.")
    boolean ablate;

    @Option(names = "--rules", split = ",", paramLabel = "RULE", description = "With --ablate: only these rules "
            + "(comma-separated; default: every rule of the chain).")
    List<String> ablateRules = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file (repeatable).")
    List<String> actorFiles = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra pattern file (repeatable).")
    List<String> patternFiles = new ArrayList<>();

    @Override
    public Integer call() {
        if (resolutionCorpus != null) {
            return resolution();
        }
        Pipeline pipeline = Pipeline.standard(InputOptions.paths(actorFiles), InputOptions.paths(patternFiles));
        if (speedCorpus != null) {
            try {
                Main.stdout().println(org.entente.events.eval.StageTimer.run(pipeline, speedCorpus, limit, runs).summary());
                return ExitCode.OK;
            } catch (IOException | RuntimeException e) {
                System.err.println("entente eval: " + speedCorpus + ": " + e.getMessage());
                return ExitCode.SOME_INPUTS_FAILED;
            }
        }
        if (files.isEmpty()) {
            System.err.println("entente eval: give gold files to score (or --speed CORPUS)");
            return ExitCode.USAGE;
        }
        Evaluator evaluator = new Evaluator(pipeline, CameoTable.standard());
        evaluator.assertedOnly(assertedOnly);
        if (explain) {
            evaluator.explainTo(System.err);
        }
        PrintStream out = Main.stdout();
        ArrayNode all = Json.MAPPER.createArrayNode();
        int failed = 0;
        List<Path> labelFiles = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path f : files) {
            try {
                if (AnnotationSet.isAnnotationFile(f)) {
                    labelFiles.add(f);
                }
            } catch (IOException e) {
                System.err.println("entente eval: " + f + ": " + e.getMessage());
                unreadable.add(f);
                failed++;
            }
        }
        if (split != null && !List.of("train", "dev", "test").contains(split)) {
            System.err.println("entente eval: --split must be train, dev or test, not " + split);
            return ExitCode.USAGE;
        }
        if (shortMisses) {
            int code = shortMisses(pipeline, labelFiles, out);
            return code == ExitCode.OK && failed > 0 ? ExitCode.SOME_INPUTS_FAILED : code;
        }
        if (ablate) {
            int code = ablation(pipeline, labelFiles, unreadable, out);
            return code == ExitCode.OK && failed > 0 ? ExitCode.SOME_INPUTS_FAILED : code;
        }
        for (Path f : files) {
            if (labelFiles.contains(f) || unreadable.contains(f)) {
                continue;
            }
            GoldReader.GoldFile gold;
            try {
                gold = GoldReader.read(f);
            } catch (IOException | RuntimeException e) {
                System.err.println("entente eval: " + f + ": " + e.getMessage());
                failed++;
                continue;
            }
            if (!gold.events().isEmpty()) {
                EvalReport r = evaluator.evaluate(f.toString(), gold.events());
                if (json) {
                    all.add(toJson(r));
                } else {
                    print(out, r);
                }
            }
            if (!gold.actorTests().isEmpty()) {
                ObjectNode actors = ActorTests.run(f, gold.actorTests(), pipeline, json ? null : out);
                if (json && actors != null) {
                    all.add(actors);
                }
            }
        }
        if (!labelFiles.isEmpty()) {
            try {
                AnnotationEval.Report r = annotations(pipeline, labelFiles);
                r.problems().forEach(p -> System.err.println("entente eval: " + p));
                if (json) {
                    all.add(AnnotationReports.toJson(labelFiles, r));
                } else {
                    AnnotationReports.print(out, labelFiles, r);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("entente eval: " + labelFiles + ": " + e.getMessage());
                failed++;
            }
        }
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("files", all);
            out.println(root.toString());
        }
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private int ablation(Pipeline pipeline, List<Path> labelFiles, List<Path> unreadable, PrintStream out) {
        List<String> rules = ablateRules.isEmpty() ? Ablation.switchable() : ablateRules;
        for (String r : rules) {
            if (!Ablation.switchable().contains(r)) {
                System.err.println("entente eval: no rule \"" + r + "\" to switch off (rules: "
                        + String.join(", ", Ablation.switchable()) + ")");
                return ExitCode.USAGE;
            }
        }
        Map<String, List<org.entente.events.eval.GoldRecord>> gold = new java.util.LinkedHashMap<>();
        int failed = 0;
        for (Path f : files) {
            if (labelFiles.contains(f) || unreadable.contains(f)) {
                continue;
            }
            try {
                gold.put(f.toString(), GoldReader.read(f).events());
            } catch (IOException | RuntimeException e) {
                System.err.println("entente eval: " + f + ": " + e.getMessage());
                failed++;
            }
        }
        AnnotationSet labels = null;
        if (!labelFiles.isEmpty()) {
            try {
                labels = labelSet(labelFiles);
                labels.problems().forEach(p -> System.err.println("entente eval: " + p));
            } catch (IOException | RuntimeException e) {
                System.err.println("entente eval: " + labelFiles + ": " + e.getMessage());
                failed++;
            }
        }
        new Ablation(pipeline, gold, labels, rules).run(out, json);
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private int shortMisses(Pipeline pipeline, List<Path> labelFiles, PrintStream out) {
        if ("test".equals(split)) {
            System.err.println("entente eval: --short-misses: the test split is frozen; its misses are not listed");
            return ExitCode.USAGE;
        }
        if (labelFiles.isEmpty() || !(pipeline.coder() instanceof RuleEventCoder)) {
            System.err.println("entente eval: --short-misses needs the team's label files and the rule coder");
            return ExitCode.USAGE;
        }
        List<String> splits = split == null ? List.of("train", "dev") : List.of(split);
        try {
            AnnotationSet set = labelSet(labelFiles);
            set.problems().forEach(p -> System.err.println("entente eval: " + p));
            List<ShortReportMisses.Miss> misses = new ShortReportMisses(pipeline)
                    .misses(set, Set.copyOf(splits));
            out.printf(Locale.ROOT, "%-8s %-6s %-16s %-16s %-8s %s%n", "unit", "split", "right classes", "emitted",
                    "doer", "cause");
            for (ShortReportMisses.Miss m : misses) {
                out.printf(Locale.ROOT, "%-8s %-6s %-16s %-16s %-8s %s%n", m.unit(), m.split(),
                        String.join(",", m.rightClasses()), m.emitted().isEmpty() ? "-" : String.join(",", m.emitted()),
                        m.doerNamed() ? "named" : "unnamed", m.cause());
            }
            out.println();
            out.print(ShortReportMisses.tables(misses, splits));
            List<NonPoliticalEvents.Alarm> alarms = new NonPoliticalEvents(pipeline).alarms(set, Set.copyOf(splits));
            out.println();
            out.println("events on non-political short reports:");
            out.printf(Locale.ROOT, "%-8s %-6s %-5s %-12s %-12s %-17s %-30s %s%n", "unit", "split", "root", "source",
                    "target", "emitter", "doer", "pattern");
            for (NonPoliticalEvents.Alarm a : alarms) {
                out.printf(Locale.ROOT, "%-8s %-6s %-5s %-12s %-12s %-17s %-30s %s%n", a.unit(), a.split(), a.root(),
                        a.source(), a.target(), a.emitter(), a.doer(), a.pattern());
            }
            out.println();
            out.print(NonPoliticalEvents.table(alarms, NonPoliticalEvents.reports(set, Set.copyOf(splits))));
            out.flush();
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            System.err.println("entente eval: " + labelFiles + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
    }

    private AnnotationSet labelSet(List<Path> labelFiles) throws IOException {
        Path unitsFile = units;
        if (unitsFile == null) {
            Path beside = labelFiles.get(0).toAbsolutePath().resolveSibling("units.tsv");
            unitsFile = Files.exists(beside) ? beside : null;
        }
        if (split != null && unitsFile == null) {
            throw new IOException("--split needs the units table (units.tsv beside the labels, or --units FILE)");
        }
        return AnnotationSet.read(labelFiles, corpus, unitsFile, split);
    }

    private AnnotationEval.Report annotations(Pipeline pipeline, List<Path> labelFiles) throws IOException {
        return new AnnotationEval(pipeline).evaluate(labelSet(labelFiles), split);
    }

    static ObjectNode toJson(EvalReport r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("file", r.file());
        o.put("set", r.set());
        o.put("records", r.records());
        o.put("events_produced", r.events());
        o.put("no_event_records", r.noEventRecords());
        o.put("false_events", r.falseEvents());
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        ObjectNode fields = o.putObject("fields");
        r.fields().forEach((k, v) -> fields.set(k, score(v)));
        ObjectNode per = o.putObject("per_class");
        r.perClass().forEach((k, v) -> per.set(k, score(v)));
        return o;
    }

    private static ObjectNode score(FieldScore s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static void print(PrintStream out, EvalReport r) {
        out.printf(Locale.ROOT, "%s — %s: %d records, %d events produced, %.1f s%n", r.file(), r.set(), r.records(),
                r.events(), r.seconds());
        out.printf(Locale.ROOT, "  %-16s %6s %6s %6s %5s %5s %5s%n", "field", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, FieldScore> e : r.fields().entrySet()) {
            FieldScore s = e.getValue();
            out.printf(Locale.ROOT, "  %-16s %6.3f %6.3f %6.3f %5d %5d %5d%n", e.getKey(), s.precision(), s.recall(),
                    s.f1(), s.tp(), s.fp(), s.fn());
        }
        out.printf(Locale.ROOT, "  false events on no-event sentences: %d (over %d sentences)%n", r.falseEvents(),
                r.noEventRecords());
        StringBuilder b = new StringBuilder("  per class (found/gold): ");
        r.perClass().forEach((k, v) -> {
            if (v.tp() + v.fn() > 0) {
                b.append(k).append(' ').append(v.tp()).append('/').append(v.tp() + v.fn()).append("  ");
            }
        });
        out.println(b.toString().stripTrailing());
        out.println();
    }

    /** {@code eval --resolution FILE.jsonl}: resolution against the articles' event_cluster labels. */
    private Integer resolution() {
        if (!java.nio.file.Files.isRegularFile(resolutionCorpus)) {
            System.err.println("entente eval: " + resolutionCorpus + ": no such file");
            return ExitCode.USAGE;
        }
        org.entente.store.ResolutionEval.Score s;
        try {
            s = org.entente.store.ResolutionEval.run(resolutionCorpus, org.entente.store.Resolution.standard(),
                    System.err);
        } catch (IOException | RuntimeException e) {
            System.err.println("entente eval: " + resolutionCorpus + ": " + e.getMessage());
            return ExitCode.SOME_INPUTS_FAILED;
        }
        PrintStream out = Main.stdout();
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("precision", s.precision());
            o.put("recall", s.recall());
            o.put("f1", s.f1());
            o.put("articles", s.articles());
            o.put("clusters", s.clusters());
            o.put("event_mentions", s.mentions());
            o.put("events", s.events());
            o.put("gold_pairs", s.goldPairs());
            o.put("linked_pairs", s.linkedPairs());
            o.put("correct_pairs", s.bothPairs());
            o.put("multi_article_events", s.multiArticleEvents());
            o.put("single_cluster_events", s.pureEvents());
            out.println(o);
        } else {
            s.print(out);
        }
        return s.goldPairs() == 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
    }
}
