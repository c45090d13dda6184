package org.entente.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.relations.PairQuery;
import org.entente.relations.PairSeries;
import org.entente.relations.PairSummary;
import org.entente.relations.Period;
import org.entente.relations.PeriodPoint;
import org.entente.relations.Relations;
import org.entente.relations.Shift;
import org.entente.relations.ShiftDetector;
import org.entente.store.EventSummary;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente relations [A B]}: the most active pairs, or one pair's series with its shifts. */
@Command(name = "relations", mixinStandardHelpOptions = true, description = "Dyad summaries over time.")
public final class RelationsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..2", paramLabel = "CODE", description = "A pair of actor or country codes (RUS CHN).")
    List<String> pair;

    @Option(names = "--from", description = "First date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Last date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--by", defaultValue = "month", description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--json", description = "A JSON array instead of a table.")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "Pairs to list without a pair (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--no-rollup", negatable = false, description = "Use full actor codes (RUSGOV) instead of countries.")
    boolean noRollup;

    @Option(names = "--directed", description = "Count only A → B.")
    boolean directed;

    @Override
    public Integer call() {
        if (pair != null && pair.size() != 2 && !pair.isEmpty()) {
            System.err.println("entente relations: give two codes (A B) or none, not " + pair.size() + ": "
                    + String.join(" ", pair));
            return ExitCode.USAGE;
        }
        Period period;
        try {
            period = Period.parse(by);
            store.modalities();
        } catch (IllegalArgumentException e) {
            System.err.println("entente relations: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!store.exists()) {
            System.err.println("entente relations: no store in " + store.dir() + " (run entente ingest first)");
            return ExitCode.USAGE;
        }
        PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        try (Store s = Store.open(store.dir())) {
            boolean hasPair = pair != null && pair.size() == 2;
            PairQuery q = new PairQuery(hasPair ? pair.get(0) : null, hasPair ? pair.get(1) : null, from, to, period,
                    store.modalities(), !noRollup, directed);
            if (!json) {
                // the same definition the API and the dashboard state next to their figures
                out.println("# " + org.entente.relations.Counting.of(q).text());
            }
            if (hasPair) {
                printSeries(out, new Relations(s).seriesWithShifts(q, ShiftDetector.standard()));
                long[] undated = new Relations(s).undated(q);
                long n = undated[0] + undated[1] + undated[2] + undated[3];
                if (!json && n > 0) {
                    out.printf("%nundated: %d event(s) (%d co-operation, %d conflict) count in the pair's total but"
                            + " have no period%n", n, undated[0] + undated[1], undated[2] + undated[3]);
                }
            } else {
                printRanking(out, new Relations(s).topPairs(q, limit));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void printRanking(PrintStream out, List<PairSummary> pairs) {
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (PairSummary p : pairs) {
                ObjectNode o = arr.addObject();
                o.put("a", p.a());
                o.put("b", p.b());
                o.put("events", p.events());
                o.put("index", round(p.index()));
                quads(o, p.quad());
                o.put("goldstein_mean", round(p.goldsteinMean()));
                o.put("goldstein_sum", round(p.goldsteinSum()));
                o.put("mentions", p.mentions());
            }
            out.println(arr);
            return;
        }
        out.printf("%-8s %-8s %7s %7s %6s %6s %6s %6s %9s%n", "A", "B", "events", "index", "vcoop", "mcoop",
                "vconf", "mconf", "goldstein");
        for (PairSummary p : pairs) {
            out.printf("%-8s %-8s %7d %+7.3f %6d %6d %6d %6d %+9.2f%n", p.a(), p.b(), p.events(), p.index(),
                    p.quad()[0], p.quad()[1], p.quad()[2], p.quad()[3], p.goldsteinMean());
        }
    }

    private void printSeries(PrintStream out, PairSeries s) {
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (PeriodPoint p : s.points()) {
                ObjectNode o = arr.addObject();
                o.put("a", s.a());
                o.put("b", s.b());
                o.put("period", p.period().toString());
                o.put("events", p.events());
                o.put("index", round(p.index()));
                quads(o, p.quad());
                o.put("goldstein_mean", round(p.goldsteinMean()));
                o.put("goldstein_sum", round(p.goldsteinSum()));
                o.put("share", p.share());
                o.put("mentions", p.mentions());
                Shift shift = s.shifts().stream().filter(x -> x.period().equals(p.period())).findFirst().orElse(null);
                if (shift == null) {
                    o.putNull("shift");
                } else {
                    ObjectNode so = o.putObject("shift");
                    so.put("direction", shift.direction());
                    so.put("z", round(shift.z()));
                    so.put("baseline_mean", round(shift.baselineMean()));
                    so.put("baseline_sd", round(shift.baselineSd()));
                    ArrayNode ev = so.putArray("evidence");
                    for (EventSummary e : shift.evidence()) {
                        ev.add(event(e));
                    }
                }
            }
            out.println(arr);
            return;
        }
        out.printf("%s – %s by %s%n", s.a(), s.b(), s.by().name().toLowerCase(java.util.Locale.ROOT));
        out.printf("%-10s %7s %7s %6s %6s %6s %6s %9s %8s%n", "period", "events", "index", "vcoop", "mcoop",
                "vconf", "mconf", "goldstein", "share");
        for (PeriodPoint p : s.points()) {
            out.printf("%-10s %7d %+7.3f %6d %6d %6d %6d %+9.2f %7.2f%%%n", p.period(), p.events(), p.index(),
                    p.quad()[0], p.quad()[1], p.quad()[2], p.quad()[3], p.goldsteinMean(), 100 * p.share());
        }
        for (Shift sh : s.shifts()) {
            out.printf("%nshift %s: index %+.3f vs %+.3f ± %.3f (z %+.1f) towards %s%n", sh.period(), sh.index(),
                    sh.baselineMean(), sh.baselineSd(), sh.z(), sh.direction());
            for (EventSummary e : sh.evidence()) {
                out.printf("  [%s %s %s→%s, %d reports] %s%n", e.date(), e.code(), e.source(), e.target(),
                        e.numMentions(), e.text());
            }
        }
    }

    static ObjectNode event(EventSummary e) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("code", e.code());
        o.put("goldstein", e.goldstein());
        o.put("num_mentions", e.numMentions());
        o.put("num_sources", e.numSources());
        o.put("article_id", e.articleId());
        o.put("sentence", e.sentence());
        o.put("text", e.text());
        return o;
    }

    private static void quads(ObjectNode o, long[] q) {
        o.put("verbal_cooperation", q[0]);
        o.put("material_cooperation", q[1]);
        o.put("verbal_conflict", q[2]);
        o.put("material_conflict", q[3]);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
