package org.entente.store;

import java.util.Set;
import java.util.TreeSet;

/**
 * When two reports are the same event (DESIGN: "reports → events"): the one place that holds resolution's
 * thresholds (docs/store.md, "Event resolution").
 *
 * <p><b>Blocking</b> (what may be compared at all): the same source and target side (country when known, else the
 * actor code; so RUSGOV and RUS meet; either direction for the {@code symmetricRoots}; with {@code missingSide}, one
 * side the same and the other reported by one of the two only: {@link DyadMatch}), the same CAMEO root (so
 * 042 and 043, 190 and 193 meet), the same modality and history flag (a denial never joins the act it denies),
 * event dates at most {@code windowDays} apart.
 *
 * <p><b>Contradictions</b> (never merged): two different places or location countries; two different people or
 * organisations of the actor dictionary on the same side; two different roles on the same side (RUSGOV and RUSMIL;
 * RUS has no role and contradicts neither) unless the same person stands there.
 *
 * <p><b>Evidence</b>: the <i>act words</i> (the sentence's content words that are not names of either story, so what
 * is done rather than who: Jaccard against the words of the event's reports) and the <i>story names</i> (the
 * capitalised words of the two articles, {@link ReportContext}; the share of the smaller list found in the other,
 * and nothing when fewer than {@code minSharedNames} are shared). A report of another article merges when its act
 * words reach {@code minActWords} and its story names {@code minStory}, or its act words alone reach
 * {@code strongActWords} (a brief that names too little to share a story, told in the same words) — when either
 * report has no date (the window kept nothing apart), both only with at least {@code minSharedWords} act words
 * shared, since the Jaccard of two short sentences ("the party opposes the plans") is high on two common words — or,
 * with the
 * same full CAMEO code, its story names reach {@code strongStory} and its act words {@code storyActWords} (an update
 * of one wire story, retold in other words) and the dates are known and at most {@code looseDays} apart; a report
 * or, with the same full code, the two articles' leads overlap by {@code minLead} ({@link Sketch}: the content words of
 * the title and first paragraph, which two outlets' reports of one happening share) and the dates are known and
 * at most {@code leadDays} apart; a report
 * of another article that met the event across a missing side merges only within {@code looseDays} too (an unknown
 * distance is not a short one); a second
 * report of the same article merges when it has the same full CAMEO code (and both sides agree: not
 * across a missing side) or its act words reach {@code minActWords}. Among several candidates the highest
 * score wins (act words + {@code storyWeight} × story names + {@code leadWeight} × lead overlap + {@code sameCode} + {@code samePlace} −
 * {@code dayPenalty} × days apart), then the lowest id. An event keeps the date of its first report (so day-level
 * rollups never move).
 *
 * @param windowDays     largest distance between event dates
 * @param symmetricRoots CAMEO roots whose direction outlets report either way (consult, engage, cooperate)
 * @param missingSide    a report that leaves a side out (no target) may join an event that names it, and back
 * @param minActWords    least Jaccard overlap of act words
 * @param minStory       least story-name overlap between two different articles
 * @param strongActWords act-word overlap that merges reports of two articles without story evidence
 * @param minSharedNames least story names two different articles must share for their overlap to count
 * @param minSharedWords least act words a report of another article must share with the event, when either has no
 *                       date, for its act-word overlap to merge it through {@code minActWords} or
 *                       {@code strongActWords}
 * @param strongStory    story-name overlap that, with the same full code, lets weaker act words merge
 * @param storyActWords  least act-word overlap for a merge on {@code strongStory}
 * @param looseDays      largest distance between dates for the looser merges (a missing side, {@code strongStory})
 * @param minLead        lead-word overlap of two articles ({@link Sketch}) that, with the same full code, merges
 * @param leadDays       largest distance between dates for a merge on {@code minLead}
 * @param storyWeight    weight of the story-name overlap in the ranking score
 * @param leadWeight     weight of the lead-word overlap in the ranking score
 * @param sameCode       ranking score for the same full CAMEO code
 * @param samePlace      ranking score for the same named place
 * @param dayPenalty     ranking score taken per day between the dates
 */
public record Resolution(int windowDays, Set<String> symmetricRoots, boolean missingSide, double minActWords,
                         double minStory, double strongActWords, int minSharedNames, int minSharedWords,
                         double strongStory,
                         double storyActWords, int looseDays, double minLead, int leadDays, double storyWeight,
                         double leadWeight, double sameCode, double samePlace, double dayPenalty) {
    /** The defaults (chosen on the development pool: BENCHMARKS.md, issue 18). */
    public static Resolution standard() {
        return new Resolution(3, Set.of("03", "04", "05", "06"), true, 0.2, 0.2, 0.5, 3, 3, 0.7, 0.1, 1, 0.15, 0,
                0.5, 0.5, 0.25, 0.25, 0.05);
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "was", "were",
            "has", "have", "had", "said", "says", "will", "would", "from", "its", "his", "her", "their", "they",
            "are", "been", "but", "not", "which", "who", "after", "over", "into", "also", "about", "than", "on",
            "more", "one", "two", "new", "could", "may", "should", "told", "reporters", "thursday", "friday",
            "monday", "tuesday", "wednesday", "saturday", "sunday", "year", "years");

    /**
     * The content words of a sentence: lower case, three letters or more, no stop words, inflection cut
     * ({@link #stem}: outlets write "killed" and "kills", "talks" and "talk"); sorted, unique.
     */
    public static String words(String sentence) {
        TreeSet<String> out = new TreeSet<>();
        if (sentence != null) {
            for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    out.add(stem(w));
                }
            }
        }
        return String.join(" ", out);
    }

    /**
     * A crude English stem: the common inflections (-ing, -ed, -es, -s) cut from longer words. Both sides of a
     * comparison are cut alike, so a wrong cut ("news" -> "new") costs nothing; a story name is cut the same way
     * before it is left out of the act words.
     */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Jaccard overlap of two {@link #words} strings. */
    public static double overlap(String a, String b) {
        return overlap(a, b, Set.of());
    }

    /** Jaccard overlap of two {@link #words} strings, leaving out the words in {@code ignored}. */
    static double overlap(String a, String b, Set<String> ignored) {
        Set<String> x = set(a, ignored);
        Set<String> y = set(b, ignored);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long both = x.stream().filter(y::contains).count();
        return both / (double) (x.size() + y.size() - both);
    }

    static Set<String> set(String words, Set<String> ignored) {
        Set<String> out = new java.util.HashSet<>();
        if (words != null && !words.isEmpty()) {
            for (String w : words.split(" ")) {
                if (!ignored.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
