package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.events.eval.AnnotationEval;
import org.entente.events.eval.ShortReportScore;

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
        o.set("short_reports", shortsJson(r.shorts()));
        return o;
    }

    /** The short-report measures (docs/annotation.md §13) as one JSON object. */
    static ObjectNode shortsJson(ShortReportScore.Result s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("political", s.political());
        o.put("political_with_essential_event", s.toRecall());
        o.put("political_borderline_only", s.borderlineOnly());
        o.put("recalled", s.recalled());
        o.put("recall_right_class", round(s.recall()));
        o.put("events_on_political", s.emitted());
        o.put("events_of_a_gold_class", s.classRight());
        o.put("class_precision", round(s.classPrecision()));
        o.put("non_political", s.nonPolitical());
        o.put("non_political_with_event", s.nonPoliticalWithEvent());
        o.put("non_political_with_event_share", round(s.nonPoliticalWithEventShare()));
        o.put("events_on_non_political", s.nonPoliticalEvents());
        o.put("events_per_non_political", round(s.eventsPerNonPolitical()));
        ObjectNode per = o.putObject("per_class");
        for (Map.Entry<String, ShortReportScore.ClassRow> e : s.perClass().entrySet()) {
            ShortReportScore.ClassRow row = e.getValue();
            ObjectNode x = per.putObject(e.getKey());
            x.put("reports", row.reports());
            x.put("recalled", row.recalled());
            x.put("emitted", row.emitted());
            x.put("right", row.right());
            x.put("on_non_political", row.onNonPolitical());
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
        printShorts(out, r.shorts());
        out.println();
    }

    static void printShorts(PrintStream out, ShortReportScore.Result s) {
        out.printf(Locale.ROOT, "  short reports: %d political (%d with an essential event, %d borderline only), "
                + "%d not political%n", s.political(), s.toRecall(), s.borderlineOnly(), s.nonPolitical());
        out.printf(Locale.ROOT, "    recall of the right class %.3f (%d/%d)  class precision %.3f (%d/%d events on "
                        + "political reports)%n", s.recall(), s.recalled(), s.toRecall(), s.classPrecision(),
                s.classRight(), s.emitted());
        out.printf(Locale.ROOT, "    non-political reports with an event %.3f (%d/%d), events per non-political "
                        + "report %.3f (%d)%n", s.nonPoliticalWithEventShare(), s.nonPoliticalWithEvent(),
                s.nonPolitical(), s.eventsPerNonPolitical(), s.nonPoliticalEvents());
        out.printf(Locale.ROOT, "    %-6s %7s %8s %7s %6s %8s%n", "class", "reports", "recalled", "emitted", "right",
                "non-pol");
        for (Map.Entry<String, ShortReportScore.ClassRow> e : s.perClass().entrySet()) {
            ShortReportScore.ClassRow row = e.getValue();
            out.printf(Locale.ROOT, "    %-6s %7d %8d %7d %6d %8d%n", e.getKey(), row.reports(), row.recalled(),
                    row.emitted(), row.right(), row.onNonPolitical());
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
