package org.entente.events.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.events.learn.ClauseContent;
import org.entente.events.model.ActorUnit;
import org.entente.events.model.CameoTable;
import org.entente.events.model.DataTable;
import org.entente.events.model.IntentCodes;
import org.entente.events.syntax.SentenceView;

/**
 * events/reported-content.tsv: which CAMEO code a shape of reported content gets, by the cue class of its key word
 * (first fitting row wins). The shapes are the ones {@link ReportedClause} reads; a row naming another fails at load.
 */
final class ReportedContentTable {
    static final String RESOURCE = "/events/reported-content.tsv";

    /** The shapes of a content clause, as the table's first column names them. */
    enum Shape {
        JUDGED("judged"), JUDGED_NOT("judged-not"), OBLIGED("obliged"), OWN_NOT("own-not"), OWN_IF("own-if");

        final String name;

        Shape(String name) {
            this.name = name;
        }

        static Shape of(String name) {
            for (Shape s : values()) {
                if (s.name.equals(name)) {
                    return s;
                }
            }
            return null;
        }

        boolean judged() {
            return this == JUDGED || this == JUDGED_NOT;
        }
    }

    /** One row of the table. */
    record Row(Shape shape, String cue, String code, String origin) {
    }

    /** A content event's code, the row that chose it, the targets and the end of the clause (to absorb its act). */
    record Coded(String code, String origin, List<ActorUnit> targets, int end) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final CameoTable CAMEO = CameoTable.standard();
    private static final IntentCodes INTENTS = IntentCodes.load(CAMEO);
    private static final IntentCodes REFUSALS = IntentCodes.refusals(CAMEO);

    static {
        for (DataTable.Row row : DataTable.read(RESOURCE)) {
            String name = row.field(0).trim();
            String cue = row.field(1).trim();
            String code = row.field(2).trim();
            Shape shape = Shape.of(name);
            if (shape == null) {
                throw row.error("unknown shape " + name);
            }
            if (!code.equals("refusal") && !code.equals("intent") && !CAMEO.contains(code)) {
                throw row.error("unknown CAMEO code " + code);
            }
            ROWS.add(new Row(shape, cue, code, "reported-content.tsv:" + row.line()));
        }
    }

    private ReportedContentTable() {
    }

    /** Is the word at {@code k} a cue of one of the table's "judged" rows? */
    static boolean judgingCue(SentenceView s, int k) {
        for (Row r : ROWS) {
            if (r.shape().judged() && anyCue(s, List.of(k), r.cue())) {
                return true;
            }
        }
        return false;
    }

    /** The first row of a judgement {@code shape} whose cue a word of the predicate has; null if none. */
    static Row judged(Shape shape, SentenceView s, List<Integer> predicate) {
        for (Row r : ROWS) {
            if (r.shape() == shape && anyCue(s, predicate, r.cue())) {
                return r;
            }
        }
        return null;
    }

    /** The first row of {@code shape} whose cue the act verb has (or "-"), with its code resolved; null if none. */
    static Coded first(Shape shape, String actCode, int act, SentenceView s, List<ActorUnit> targets, int end) {
        for (Row r : ROWS) {
            if (r.shape() != shape || !anyCue(s, List.of(act), r.cue())) {
                continue;
            }
            String code = r.code();
            if (code.equals("refusal") || code.equals("intent")) {
                if (actCode == null) {
                    continue;
                }
                code = (code.equals("refusal") ? REFUSALS : INTENTS).intentOf(actCode);
                if (code == null || r.code().equals("intent") && !code.startsWith("13")) {
                    continue;
                }
            }
            return new Coded(code, r.origin(), targets, end);
        }
        return null;
    }

    /** Does a word of {@code words} have the cue: a class of statement-cues.tsv, a listed lemma, or "-" for any? */
    static boolean anyCue(SentenceView s, List<Integer> words, String cue) {
        if (cue.equals("-")) {
            return true;
        }
        if (cue.contains("|")) { // a list of lemmas written in the row
            Set<String> listed = Set.of(cue.split("\\|"));
            for (int k : words) {
                if (listed.contains(s.lemmaAt(k)) || listed.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        for (int k : words) {
            if (ClauseContent.classes(s.lemmaAt(k)).contains(cue)
                    || ClauseContent.classes(s.word(k).toLowerCase(Locale.ROOT)).contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
