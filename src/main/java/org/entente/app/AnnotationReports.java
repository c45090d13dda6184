package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.events.eval.AnnotationEval;

/** The table and the JSON object {@code ./entente eval} gives for the team's label files. */
final class AnnotationReports {
    private AnnotationReports() {
    }

    static ObjectNode toJson(List<Path> files, AnnotationEval.Report r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode names = o.putArray("label_files");
        files.forEach(f -> names.add(f.toString()));
        o.put("file", String.join(",", files.stream().map(Path::toString).toList()));
        o.put("set", "team annotations");
        o.put("split", r.split() == null ? "all" : r.split());
        o.put("units", r.units());
        o.put("units_left_out", r.problems().size());
        o.put("events_produced", r.predicted());
        o.put("gold_events", r.gold());
        o.put("gold_essential", r.goldEssential());
        o.put("precision", round(r.precision()));
        o.put("recall", round(r.recall()));
        o.put("recall_essential", round(r.recallEssential()));
        o.put("f1", round(r.f1()));
        o.put("right", r.right());
        o.put("found", r.found());
        o.put("found_essential", r.foundEssential());
        o.put("modality_accuracy", round(r.modalityAccuracy()));
        ObjectNode roles = o.putObject("roles");
        roles.put("matched_on_sentence_and_root", r.roleMatches());
        roles.put("source_right", r.sourceRight());
        roles.put("target_right", r.targetRight());
        roles.put("source_accuracy", round(r.sourceAccuracy()));
        roles.put("target_accuracy", round(r.targetAccuracy()));
        ObjectNode per = o.putObject("per_root");
        for (Map.Entry<String, AnnotationEval.RootRow> e : r.perRoot().entrySet()) {
            AnnotationEval.RootRow row = e.getValue();
            ObjectNode x = per.putObject(String.valueOf(e.getKey()));
            x.put("gold", row.gold());
            x.put("gold_essential", row.goldEssential());
            x.put("found", row.found());
            x.put("found_essential", row.foundEssential());
            x.put("predicted", row.predicted());
            x.put("right", row.right());
        }
        return o;
    }

    static void print(PrintStream out, List<Path> files, AnnotationEval.Report r) {
        out.printf(Locale.ROOT, "%s — team annotations, split %s: %d units (%d left out), %d events produced, "
                        + "%d gold (%d essential)%n", files, r.split() == null ? "all" : r.split(), r.units(),
                r.problems().size(), r.predicted(), r.gold(), r.goldEssential());
        out.printf(Locale.ROOT, "  on (source country, target country, root): precision %.3f (%d/%d)  recall %.3f "
                        + "(%d/%d)  recall essential %.3f (%d/%d)  F1 %.3f%n", r.precision(), r.right(), r.predicted(),
                r.recall(), r.found(), r.gold(), r.recallEssential(), r.foundEssential(), r.goldEssential(), r.f1());
        out.printf(Locale.ROOT, "  modality accuracy over the matches: %.3f (%d/%d)%n", r.modalityAccuracy(),
                r.modalityRight(), r.found());
        out.printf(Locale.ROOT, "  roles, over %d events matched on sentence and root: source right %.3f (%d), "
                        + "target right %.3f (%d)%n", r.roleMatches(), r.sourceAccuracy(), r.sourceRight(),
                r.targetAccuracy(), r.targetRight());
        out.printf(Locale.ROOT, "  %-5s %6s %6s %6s %6s %6s %6s%n", "root", "gold", "ess", "found", "f.ess",
                "pred", "right");
        for (Map.Entry<String, AnnotationEval.RootRow> e : r.perRoot().entrySet()) {
            AnnotationEval.RootRow row = e.getValue();
            out.printf(Locale.ROOT, "  %-5s %6d %6d %6d %6d %6d %6d%n", e.getKey(), row.gold(), row.goldEssential(),
                    row.found(), row.foundEssential(), row.predicted(), row.right());
        }
        out.println();
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
