package org.entente.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Development aid for choosing resolution's thresholds (BENCHMARKS.md, issue 18): re-resolves a store (modified!
 * use a copy) under the standard rule and prints, one tab-separated line each, every comparison of a report with
 * a candidate event of ANOTHER article (same key and date window): the evidence, the score, and the two sentences
 * and titles to judge by hand. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/runtime-classpath.txt)
 * org.entente.store.ResolutionCandidates COPY_OF_STORE [exact-sides|session7] > comparisons.tsv}; {@code exact-sides}:
 * the rule of session 5, before {@link Resolution#missingSide} and {@link Resolution#strongStory} (to list what they
 * add); {@code session7}: the rule before {@link Resolution#minSharedWords} (any number of shared act words).
 */
public final class ResolutionCandidates {
    private ResolutionCandidates() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<Long, String[]> firstReport = new HashMap<>();
        Resolution standard = Resolution.standard();
        String variant = args.length > 1 ? args[1] : "standard";
        Resolution rule = switch (variant) {
            case "exact-sides" -> new Resolution(standard.windowDays(), standard.symmetricRoots(), false,
                    standard.minActWords(), standard.minStory(), standard.strongActWords(), standard.minSharedNames(),
                    1, 2.0, 1.0, 0, 2.0, 0, standard.storyWeight(), 0, standard.sameCode(), standard.samePlace(),
                    standard.dayPenalty());
            case "session7" -> new Resolution(standard.windowDays(), standard.symmetricRoots(),
                    standard.missingSide(), standard.minActWords(), standard.minStory(), standard.strongActWords(),
                    standard.minSharedNames(), 1, standard.strongStory(), standard.storyActWords(),
                    standard.looseDays(), 2.0, 0, standard.storyWeight(), 0, standard.sameCode(), standard.samePlace(),
                    standard.dayPenalty());
            // the rule before session 10: no lead-word clause
            case "session9" -> new Resolution(standard.windowDays(), standard.symmetricRoots(),
                    standard.missingSide(), standard.minActWords(), standard.minStory(), standard.strongActWords(),
                    standard.minSharedNames(), standard.minSharedWords(), standard.strongStory(),
                    standard.storyActWords(), standard.looseDays(), 2.0, 0, standard.storyWeight(), 0,
                    standard.sameCode(), standard.samePlace(), standard.dayPenalty());
            case "standard" -> standard;
            default -> throw new IllegalArgumentException("variant: exact-sides, session7, session9 or standard");
        };
        EventResolver resolver = new EventResolver(rule, EventIndex.MAX_EVENTS);
        resolver.watch(new EventResolver.Comparisons() {
            @Override
            public void compared(org.entente.ingest.Article a, org.entente.events.model.EventMention m, EventState e,
                                 MergeEvidence ev) {
                if (ev != null && ev.sameArticle()) {
                    return;
                }
                String[] first = firstReport.get(e.id);
                out.println(String.join("\t", a.id(), Long.toString(e.id),
                        ev == null ? "contradicted" : (ev.merges() ? "merges " : "apart ")
                                + String.format(Locale.ROOT, "%.3f", ev.score()),
                        ev == null ? e.srcRole + "/" + e.tgtRole + " " + e.srcEntity + "/" + e.tgtEntity + " "
                                + e.locCountry + "/" + e.locPlace + " vs " + m.source() + ">" + m.target() + " "
                                + m.location() : ev.explain(),
                        clean(m.code() + " " + m.source() + ">" + m.target() + " s" + m.sentence()),
                        clean(m.text()), clean(a.title()), first == null ? "" : first[0],
                        first == null ? "" : first[1], first == null ? "" : first[2],
                        first == null ? "" : first[3]));
            }

            @Override
            public void created(org.entente.ingest.Article a, org.entente.events.model.EventMention m, long id) {
                // each event's first report, for the printout
                firstReport.put(id, new String[] {clean(m.code() + " " + m.source() + ">" + m.target()
                    + " s" + m.sentence()),
                    clean(m.text()), clean(a.title()), a.id()});
            }
        });
        try (Store store = Store.open(Path.of(args[0]))) {
            Reresolver.Result r = Reresolver.run(store, resolver);
            System.err.println(r);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
