package org.entente.events.eval;

import org.entente.events.model.DataTable;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The short-report measures of issue 14 (docs/annotation.md §13), report by report rather than event by event: does
 * the coder emit the right <em>class</em> of event on a short political report, is the class of what it emits there
 * among the report's gold classes, and does it stay silent on non-political reports.
 *
 * <p>A short report (unit kind {@code short}) is <em>political</em> when its label has an event, and <em>not
 * political</em> when its events list is empty (the guidelines' disasters, accidents, crime with no state actor,
 * sport, markets). A political report's <em>right classes</em> are the classes of its essential gold events; a report
 * whose events are all borderline has none and is left out of recall, but its gold classes (of all its events) still
 * judge the coder's events on it. Classes group CAMEO roots as {@code eval/short-report-classes.tsv} says.
 * Actors and sentences are not compared: this asks whether the coder saw the right kind of act in the report.
 */
public final class ShortReportScore {
    /** Where a root is outside the class table (a malformed code): a class no gold report can have. */
    static final String UNKNOWN = "?";

    private final Map<String, String> classOfRoot;
    private int political;
    private int toRecall;
    private int recalled;
    private int emitted;
    private int classRight;
    private int nonPolitical;
    private int nonPoliticalWithEvent;
    private int nonPoliticalEvents;
    private final Map<String, ClassRow> perClass = new TreeMap<>();

    public ShortReportScore(Map<String, String> classOfRoot) {
        this.classOfRoot = Map.copyOf(classOfRoot);
    }

    /** With the project's class table, {@code eval/short-report-classes.tsv}. */
    public static ShortReportScore standard() {
        return new ShortReportScore(StandardClasses.TABLE);
    }

    /**
     * Counts per class. {@code reports}: political reports with an essential event of the class; {@code recalled}:
     * of those, the ones where the coder emitted an event of the class; {@code emitted}: the coder's events of the
     * class on political reports, {@code right} of them on a report that has a gold event of the class;
     * {@code onNonPolitical}: its events of the class on non-political reports.
     */
    public record ClassRow(int reports, int recalled, int emitted, int right, int onNonPolitical) {
        ClassRow plus(ClassRow o) {
            return new ClassRow(reports + o.reports, recalled + o.recalled, emitted + o.emitted, right + o.right,
                    onNonPolitical + o.onNonPolitical);
        }
    }

    /**
     * The figures. {@code political} short reports, of which {@code toRecall} have an essential event and
     * {@code recalled} got an event of one of its classes; {@code emitted} coder events on political reports, of
     * which {@code classRight} have a class of the report's gold events; {@code nonPolitical} reports, of which
     * {@code nonPoliticalWithEvent} got any event, {@code nonPoliticalEvents} events on them in all.
     */
    public record Result(int political, int toRecall, int recalled, int emitted, int classRight, int nonPolitical,
                         int nonPoliticalWithEvent, int nonPoliticalEvents, Map<String, ClassRow> perClass) {
        /** Political reports with only borderline events: in class precision, not in recall. */
        public int borderlineOnly() {
            return political - toRecall;
        }

        public double recall() {
            return ratio(recalled, toRecall);
        }

        public double classPrecision() {
            return ratio(classRight, emitted);
        }

        public double nonPoliticalWithEventShare() {
            return ratio(nonPoliticalWithEvent, nonPolitical);
        }

        public double eventsPerNonPolitical() {
            return ratio(nonPoliticalEvents, nonPolitical);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** The class of a CAMEO code or root ("190", "19"), {@link #UNKNOWN} when the table has none. */
    public String classOf(String code) {
        String root = code == null || code.length() < 2 ? null : code.substring(0, 2);
        return root == null ? UNKNOWN : classOfRoot.getOrDefault(root, UNKNOWN);
    }

    /**
     * Adds one short report: its gold events and the CAMEO codes (or roots) of the events the coder emitted on its
     * extent. Articles must not be passed: the measures are for short reports only.
     */
    public void add(List<AnnotationSet.GoldEvent> gold, Collection<String> emittedCodes) {
        List<String> classes = emittedCodes.stream().map(this::classOf).toList();
        if (gold.isEmpty()) {
            nonPolitical++;
            nonPoliticalWithEvent += classes.isEmpty() ? 0 : 1;
            nonPoliticalEvents += classes.size();
            classes.forEach(c -> row(c, new ClassRow(0, 0, 0, 0, 1)));
            return;
        }
        political++;
        Set<String> goldClasses = new LinkedHashSet<>();
        Set<String> rightClasses = new LinkedHashSet<>();
        for (AnnotationSet.GoldEvent g : gold) {
            goldClasses.add(classOf(g.code()));
            if (g.essential()) {
                rightClasses.add(classOf(g.code()));
            }
        }
        if (!rightClasses.isEmpty()) {
            toRecall++;
            recalled += classes.stream().anyMatch(rightClasses::contains) ? 1 : 0;
            for (String c : rightClasses) {
                row(c, new ClassRow(1, classes.contains(c) ? 1 : 0, 0, 0, 0));
            }
        }
        for (String c : classes) {
            boolean right = goldClasses.contains(c);
            emitted++;
            classRight += right ? 1 : 0;
            row(c, new ClassRow(0, 0, 1, right ? 1 : 0, 0));
        }
    }

    private void row(String c, ClassRow add) {
        perClass.merge(c, add, ClassRow::plus);
    }

    public Result result() {
        return new Result(political, toRecall, recalled, emitted, classRight, nonPolitical, nonPoliticalWithEvent,
                nonPoliticalEvents, Collections.unmodifiableMap(new TreeMap<>(perClass)));
    }

    /** The class table, read once from the classpath. */
    private static final class StandardClasses {
        static final Map<String, String> TABLE = read("/eval/short-report-classes.tsv");

        private static Map<String, String> read(String resource) {
            Map<String, String> out = new HashMap<>();
            List<DataTable.Row> rows = DataTable.read(resource);
            for (DataTable.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) { // the first row names the columns
                if (row.fields().length < 2 || row.field(0).length() != 2) {
                    throw row.error("bad row \"" + String.join("\t", row.fields()) + "\"");
                }
                out.put(row.field(0), row.field(1));
            }
            return out;
        }
    }
}
