package org.entente.events.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;

/**
 * Runs the whole pipeline (analysis, actors, coder) on every gold sentence and scores each field as multisets.
 * Every event mention counts whatever its modality: the gold sets code what a sentence mentions, as dictionary
 * coders do, so filtering to asserted events would score a different task.
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final CameoTable cameo;
    private java.io.PrintStream explain;
    private boolean assertedOnly;

    /** Score only asserted event mentions (what counts and relations use by default). */
    public Evaluator assertedOnly(boolean on) {
        this.assertedOnly = on;
        return this;
    }

    /** Prints every record whose events differ from the gold (for development on the dev split only). */
    public Evaluator explainTo(java.io.PrintStream out) {
        this.explain = out;
        return this;
    }

    public Evaluator(Pipeline pipeline, CameoTable cameo) {
        this.pipeline = pipeline;
        this.cameo = cameo;
    }

    public EvalReport evaluate(String file, List<GoldRecord> records) {
        long t0 = System.nanoTime();
        boolean isCameo = records.stream().anyMatch(r -> r.kind() == GoldRecord.Kind.CAMEO);
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        Map<String, FieldScore> perClass = new TreeMap<>();
        int noEvent = 0;
        int falseEvents = 0;
        int produced = 0;
        for (GoldRecord r : records) {
            List<EventMention> predicted = code(r);
            produced += predicted.size();
            if (explain != null) {
                explain(r, predicted, isCameo);
            }
            if (r.expected().isEmpty()) {
                noEvent++;
                falseEvents += predicted.size();
            }
            if (isCameo) {
                add(fields, "root", predicted, r, e -> e.root(), g -> root(g.code()));
                add(fields, "code", predicted, r, e -> e.code(), g -> g.code());
                add(fields, "plover", predicted, r, e -> e.plover(), g -> plover(g.code()));
                add(fields, "source_country", predicted, r, e -> country(e.source()), g -> Multisets.country(g.source()));
                add(fields, "target_country", predicted, r, e -> country(e.target()), g -> Multisets.country(g.target()));
                add(fields, "triple", predicted, r,
                        e -> Multisets.join(country(e.source()), country(e.target()), e.root()),
                        g -> Multisets.join(Multisets.country(g.source()), Multisets.country(g.target()), root(g.code())));
                perClass(perClass, predicted, r, e -> e.root(), g -> root(g.code()));
            } else {
                add(fields, "plover", predicted, r, e -> e.plover(), g -> g.code());
                add(fields, "plover_source", predicted, r, e -> e.plover() == null ? null
                        : Multisets.join(e.plover(), country(e.source())), g -> Multisets.join(g.code(),
                        Multisets.country(g.source())));
                add(fields, "source_country", predicted, r, e -> country(e.source()), g -> Multisets.country(g.source()));
                add(fields, "target_country", predicted, r, e -> country(e.target()), g -> Multisets.country(g.target()));
                perClass(perClass, predicted, r, e -> e.plover(), g -> g.code());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new EvalReport(file, isCameo ? "PETR2 GSR (CAMEO)" : "PLOVER GSR", records.size(), produced, fields,
                perClass, noEvent, falseEvents, seconds);
    }

    private List<EventMention> code(GoldRecord r) {
        LocalDate date = null;
        if (r.date() != null && r.date().matches("\\d{8}")) {
            date = LocalDate.parse(r.date(), DateTimeFormatter.BASIC_ISO_DATE);
        }
        Article a = new Article(r.id(), r.id(), null, null, null, date, null, "en", r.text(), Map.of());
        List<EventMention> events = pipeline.process(a).events();
        return assertedOnly ? events.stream().filter(e -> e.modality() == org.entente.events.model.Modality.ASSERTED)
                .toList() : events;
    }

    private static void add(Map<String, FieldScore> fields, String name, List<EventMention> predicted, GoldRecord r,
                            Function<EventMention, String> p, Function<GoldRecord.GoldEvent, String> g) {
        List<String> ps = new ArrayList<>();
        predicted.forEach(e -> ps.add(p.apply(e)));
        List<String> gs = new ArrayList<>();
        r.expected().forEach(e -> gs.add(g.apply(e)));
        fields.merge(name, Multisets.score(ps, gs), FieldScore::plus);
    }

    /** Per gold class: how many of its gold events were found, and how many predictions of that class were wrong. */
    private static void perClass(Map<String, FieldScore> perClass, List<EventMention> predicted, GoldRecord r,
                                 Function<EventMention, String> p, Function<GoldRecord.GoldEvent, String> g) {
        Map<String, List<String>> pred = new TreeMap<>();
        Map<String, List<String>> gold = new TreeMap<>();
        predicted.forEach(e -> {
            String c = p.apply(e);
            if (c != null) {
                pred.computeIfAbsent(c, k -> new ArrayList<>()).add(c);
            }
        });
        r.expected().forEach(e -> {
            String c = g.apply(e);
            if (c != null) {
                gold.computeIfAbsent(c, k -> new ArrayList<>()).add(c);
            }
        });
        java.util.Set<String> classes = new java.util.TreeSet<>(pred.keySet());
        classes.addAll(gold.keySet());
        for (String c : classes) {
            perClass.merge(c, Multisets.score(pred.getOrDefault(c, List.of()), gold.getOrDefault(c, List.of())),
                    FieldScore::plus);
        }
    }

    private void explain(GoldRecord r, List<EventMention> predicted, boolean isCameo) {
        List<String> g = new ArrayList<>();
        r.expected().forEach(e -> g.add(Multisets.country(e.source()) + ">" + Multisets.country(e.target()) + ":"
                + (isCameo ? e.code() : e.code())));
        List<String> p = new ArrayList<>();
        predicted.forEach(e -> p.add(country(e.source()) + ">" + country(e.target()) + ":"
                + (isCameo ? e.code() : e.plover())));
        if (new java.util.TreeSet<>(g).equals(new java.util.TreeSet<>(p)) && g.size() == p.size()) {
            return;
        }
        explain.println("## " + r.id() + "  " + r.text());
        explain.println("   gold: " + g);
        explain.println("   ours: " + p);
        for (EventMention e : predicted) {
            explain.println("         " + e.source() + ">" + e.target() + " " + e.code() + " " + e.modality().label()
                    + " " + e.pattern() + " [" + r.text().substring(Math.max(0, e.verbSpan().start()),
                    Math.min(r.text().length(), e.verbSpan().end())) + "]");
        }
    }

    private static String country(String code) {
        return Multisets.country(code);
    }

    private static String root(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }

    private String plover(String cameoCode) {
        CameoCode c = cameo.get(cameoCode);
        return c == null ? null : c.plover();
    }
}
