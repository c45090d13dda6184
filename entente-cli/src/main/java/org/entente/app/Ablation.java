package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.events.model.CameoTable;
import org.entente.events.rules.RuleChain;
import org.entente.events.RuleEventCoder;
import org.entente.events.eval.AnnotationEval;
import org.entente.events.eval.AnnotationSet;
import org.entente.events.eval.EvalReport;
import org.entente.events.eval.Evaluator;
import org.entente.events.eval.FieldScore;
import org.entente.events.eval.GoldRecord;
import org.entente.pipeline.Pipeline;

/**
 * {@code ./entente eval --ablate}: the coder with every rule of the chain, then with each rule switched off in turn,
 * on the same gold files and label set; prints each figure's change. A rule whose removal changes no figure is
 * listed as such: it earns no place on these sets.
 */
final class Ablation {
    private final Pipeline base;
    private final Map<String, List<GoldRecord>> gold;
    private final AnnotationSet labels;
    private final List<String> rules;

    Ablation(Pipeline base, Map<String, List<GoldRecord>> gold, AnnotationSet labels, List<String> rules) {
        this.base = base;
        this.gold = gold;
        this.labels = labels;
        this.rules = rules;
    }

    /** The figures of one coder: F1s and false events per gold file, the label set's headline figures. */
    Map<String, Double> figures(Pipeline p) {
        Map<String, Double> out = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator(p, CameoTable.standard());
        for (Map.Entry<String, List<GoldRecord>> e : gold.entrySet()) {
            EvalReport r = evaluator.evaluate(e.getKey(), e.getValue());
            String name = Path.of(e.getKey()).getFileName().toString().replaceFirst("\\.jsonl$", "");
            Function<String, Double> f1 = k -> {
                FieldScore s = r.fields().get(k);
                return s == null ? 0.0 : s.f1();
            };
            if (r.fields().containsKey("triple")) {
                out.put(name + ".triple", f1.apply("triple"));
                out.put(name + ".root", f1.apply("root"));
                out.put(name + ".false_events", (double) r.falseEvents());
            } else {
                out.put(name + ".plover", f1.apply("plover"));
                out.put(name + ".plover_source", f1.apply("plover_source"));
            }
        }
        if (labels != null) {
            AnnotationEval.Report r = new AnnotationEval(p).evaluate(labels, null);
            out.put("annotations.precision", r.precision());
            out.put("annotations.recall", r.recall());
            out.put("annotations.recall_essential", r.recallEssential());
            out.put("annotations.f1", r.f1());
            out.put("annotations.modality", r.modalityAccuracy());
            out.put("annotations.source_right", r.sourceAccuracy());
            out.put("annotations.target_right", r.targetAccuracy());
            out.put("annotations.short_recall_class", r.shorts().recall());
            out.put("annotations.short_class_precision", r.shorts().classPrecision());
            out.put("annotations.short_non_political_with_event", r.shorts().nonPoliticalWithEventShare());
        }
        return out;
    }

    /** Runs the whole ablation, printing a table (or one JSON object) to {@code out}. */
    void run(PrintStream out, boolean json) {
        if (!(base.coder() instanceof RuleEventCoder standard)) {
            throw new IllegalStateException("the ablation needs the rule coder");
        }
        Map<String, Double> all = figures(base);
        Map<String, Map<String, Double>> without = new LinkedHashMap<>();
        for (String rule : rules) {
            RuleEventCoder coder = new RuleEventCoder(standard.patterns(), CameoTable.standard(), Set.of(rule));
            Pipeline p = new Pipeline(base.analyzer(), base.actors(), coder);
            without.put(rule, figures(p));
        }
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ObjectNode b = root.putObject("all_rules");
            all.forEach((k, v) -> b.put(k, round(v)));
            ArrayNode rows = root.putArray("without");
            without.forEach((rule, f) -> {
                ObjectNode row = rows.addObject();
                row.put("rule", rule);
                ObjectNode d = row.putObject("change");
                f.forEach((k, v) -> d.put(k, round(v - all.get(k))));
                row.put("changes_nothing", unchanged(all, f));
            });
            out.println(root.toString());
            return;
        }
        List<String> keys = List.copyOf(all.keySet());
        out.println("Ablation: each rule of events/rules.tsv switched off alone; change of each figure "
                + "(F1, precision, recall, role accuracy; false events as a count) against all rules on.");
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-20s", "rule"));
        for (int i = 0; i < keys.size(); i++) {
            h.append(String.format(Locale.ROOT, " %7s", "[" + (i + 1) + "]"));
        }
        out.println(h);
        StringBuilder bl = new StringBuilder(String.format(Locale.ROOT, "%-20s", "(all rules)"));
        keys.forEach(k -> bl.append(String.format(Locale.ROOT, " %7.3f", all.get(k))));
        out.println(bl);
        for (Map.Entry<String, Map<String, Double>> e : without.entrySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", "- " + e.getKey()));
            for (String k : keys) {
                double d = e.getValue().get(k) - all.get(k);
                row.append(Math.abs(d) < 0.0005 ? String.format(Locale.ROOT, " %7s", ".")
                        : String.format(Locale.ROOT, " %+7.3f", d));
            }
            out.println(row);
        }
        for (int i = 0; i < keys.size(); i++) {
            out.printf(Locale.ROOT, "  [%d] %s%n", i + 1, keys.get(i));
        }
        List<String> idle = without.entrySet().stream().filter(e -> unchanged(all, e.getValue()))
                .map(Map.Entry::getKey).toList();
        out.println("rules that change no figure here: " + (idle.isEmpty() ? "none" : String.join(", ", idle)));
    }

    private static boolean unchanged(Map<String, Double> all, Map<String, Double> f) {
        return f.entrySet().stream().allMatch(x -> Math.abs(x.getValue() - all.get(x.getKey())) < 0.0005);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** The switchable rules of the declared chain. */
    static List<String> switchable() {
        return RuleChain.switchable();
    }
}
