package org.entente.store;

import java.util.Set;
import java.util.TreeSet;

/**
 * When two reports are the same event (DESIGN: "reports → events"). A new mention joins an existing event when
 * both have the same source and target (country when known, else actor code; either direction for the
 * symmetric meeting codes), the same CAMEO root, the same modality and history flag, dates at most
 * {@code windowDays} apart, a compatible location (no two different countries or places), and either the same
 * full CAMEO code or sentences sharing at least {@code minOverlap} of their content words. Among several
 * candidates the closest wins (same code, more shared words, nearer date). An event keeps the date of its first
 * report (so that day-level rollups never move); first_seen/last_seen give the spread of publication dates.
 *
 * @param windowDays    largest distance between event dates
 * @param minOverlap    Jaccard overlap of content words that lets different codes of one root merge
 * @param symmetricRoots CAMEO roots whose direction outlets report either way (meet, negotiate)
 */
public record Resolution(int windowDays, double minOverlap, Set<String> symmetricRoots) {
    public static Resolution standard() {
        return new Resolution(3, 0.2, Set.of("03", "04", "05", "06"));
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "was", "were",
            "has", "have", "had", "said", "says", "will", "would", "from", "its", "his", "her", "their", "they",
            "are", "been", "but", "not", "which", "who", "after", "over", "into", "also", "about", "than", "on",
            "more", "one", "two", "new", "could", "may", "should", "told", "reporters", "thursday", "friday",
            "monday", "tuesday", "wednesday", "saturday", "sunday", "year", "years");

    /** The content words of a sentence: lower case, three letters or more, no stop words; sorted, unique. */
    public static String words(String sentence) {
        TreeSet<String> out = new TreeSet<>();
        if (sentence != null) {
            for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return String.join(" ", out);
    }

    /** Jaccard overlap of two {@link #words} strings. */
    public static double overlap(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> x = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
        Set<String> y = new java.util.HashSet<>(java.util.Arrays.asList(b.split(" ")));
        long both = x.stream().filter(y::contains).count();
        return both / (double) (x.size() + y.size() - both);
    }
}
