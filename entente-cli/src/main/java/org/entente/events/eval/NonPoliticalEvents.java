package org.entente.events.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.learn.AnnotatedUnits;
import org.entente.events.model.EventMention;
import org.entente.pipeline.Pipeline;

/**
 * The other half of issue 14's short-report measure: every event the coder emits on a non-political short report
 * (one whose label has no gold event) of the train or dev split, each with why it came: which kind of rule drafted it
 * ({@code learned proposal} when the learned proposer did, else {@code pattern}) and what its doer is, the first that
 * holds of: {@code no doer}; {@code doer without a political role} (business, civilians, media, sport, health,
 * education, labour: the two-letter-country code's role part is one of {@link #NON_POLITICAL_ROLES}, or there is
 * only a country); {@code police or court} (a crime report's actors); {@code political doer}. The counts say whether a
 * fire, crime, sport or market report is coded by a pattern or by the learned proposer, and through whom.
 * Development aid: the test split is refused.
 */
public final class NonPoliticalEvents {
    public static final List<String> DOERS = List.of("no doer", "doer without a political role", "police or court",
            "political doer");
    /** Role parts of an actor code that name no political actor (CAMEO's sector codes). */
    static final Set<String> NON_POLITICAL_ROLES = Set.of("BUS", "CVL", "MED", "EDU", "HLH", "LAB", "AGR", "SPT",
            "ENV", "REL", "REF", "");
    private static final Set<String> LAW_ROLES = Set.of("COP", "JUD");

    /** One event on a non-political report. */
    public record Alarm(String unit, String split, String root, String source, String target, String emitter,
                        String doer, String pattern, String text) {
    }

    private final Pipeline pipeline;

    public NonPoliticalEvents(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The events on non-political short reports of {@code splits} (never test), in unit order. */
    public List<Alarm> alarms(AnnotationSet set, Set<String> splits) {
        if (splits.contains("test")) {
            throw new IllegalArgumentException("the test split is frozen: its events are not listed");
        }
        List<Alarm> out = new ArrayList<>();
        for (AnnotationSet.Unit u : set.units()) {
            if (!AnnotationEval.SHORT.equals(u.kind()) || !splits.contains(u.split()) || !u.events().isEmpty()) {
                continue;
            }
            for (EventMention e : AnnotatedUnits.code(pipeline, u).events()) {
                String emitter = e.rules().stream().anyMatch(r -> r.startsWith("learned-proposal"))
                        ? "learned proposal" : "pattern";
                out.add(new Alarm(u.unit(), u.split(), e.root(), e.source(), e.target(), emitter, doer(e.source()),
                        e.pattern(), e.text()));
            }
        }
        return out;
    }

    /** The doer kind of an actor code (see the class comment). */
    static String doer(String source) {
        if (source == null || source.isBlank() || "---".equals(source)) {
            return DOERS.get(0);
        }
        String role = source.length() >= 6 ? source.substring(3, 6) : "";
        if (source.startsWith("IGO") || source.startsWith("NGO")) {
            return DOERS.get(3);
        }
        if (LAW_ROLES.contains(role)) {
            return DOERS.get(2);
        }
        return NON_POLITICAL_ROLES.contains(role) ? DOERS.get(1) : DOERS.get(3);
    }

    /** A Markdown table: events per doer kind and emitter, and the reports they fall on. */
    public static String table(List<Alarm> alarms, int reports) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        DOERS.forEach(d -> rows.put(d, new int[2]));
        for (Alarm a : alarms) {
            rows.get(a.doer)[a.emitter.equals("pattern") ? 0 : 1]++;
        }
        StringBuilder b = new StringBuilder("| doer | by a pattern | by the learned proposer | all |\n|---|---|---|---|\n");
        rows.forEach((d, n) -> b.append("| ").append(d).append(" | ").append(n[0]).append(" | ").append(n[1])
                .append(" | ").append(n[0] + n[1]).append(" |\n"));
        b.append("| events | ").append(alarms.stream().filter(a -> a.emitter.equals("pattern")).count()).append(" | ")
                .append(alarms.stream().filter(a -> !a.emitter.equals("pattern")).count()).append(" | ")
                .append(alarms.size()).append(" |\n");
        b.append("| non-political reports with an event | | | ")
                .append(alarms.stream().map(Alarm::unit).distinct().count()).append(" of ").append(reports)
                .append(" |\n");
        return b.toString();
    }

    /** How many non-political short reports {@code splits} holds. */
    public static int reports(AnnotationSet set, Set<String> splits) {
        return (int) set.units().stream().filter(u -> AnnotationEval.SHORT.equals(u.kind())
                && splits.contains(u.split()) && u.events().isEmpty()).count();
    }
}
