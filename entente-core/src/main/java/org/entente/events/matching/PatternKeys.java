package org.entente.events.matching;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pattern row's content key ("042|visit +": its CAMEO code and its pattern as written, lower-cased, spaces
 * collapsed), for the learned models to key a pattern by. An event records its pattern's provenance ("file:line",
 * for people reading the output), but a model keyed by line number would give every row below an inserted one
 * another row's weight; the content key stays with the row wherever it moves, and a row edited into another
 * pattern becomes a new key (its old weight no longer applies).
 *
 * <p>Every dictionary registers its patterns here when it is built, so that a provenance can be turned back into
 * the content key without the dictionary at hand (the learned filter sees only the event). Provenances name their
 * file, so two dictionaries share an entry only for the same file's same line; the dictionary built last wins.
 */
public final class PatternKeys {
    private static final Map<String, String> BY_ORIGIN = new ConcurrentHashMap<>();

    private PatternKeys() {
    }

    /** The content key of {@code p}. */
    public static String of(Pattern p) {
        return p.code() + "|" + normalised(p.text());
    }

    /** Records the content key of each of {@code patterns} under its provenance. */
    static void register(Iterable<Pattern> patterns) {
        for (Pattern p : patterns) {
            BY_ORIGIN.put(p.origin(), of(p));
        }
    }

    /**
     * The content key of the pattern whose provenance is {@code origin}, or {@code origin} itself when no
     * dictionary built in this process holds it (a rule's or the proposer's mark, a pattern of another process).
     */
    public static String ofOrigin(String origin) {
        return origin == null ? null : BY_ORIGIN.getOrDefault(origin, origin);
    }

    private static String normalised(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
