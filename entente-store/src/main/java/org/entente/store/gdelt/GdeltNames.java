package org.entente.store.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The GDELT Actor Name of an actor mention: the name of the dictionary row it matched, upper-case, as GDELT writes
 * it ("XI JINPING", "EUROPEAN UNION"), never the words of the evidence span ("CHINESE PRESIDENT XI JINPING").
 * People, organisations, seats of power and regions are named by their row's first name; everything that stands
 * for a country (country names, demonyms, capitals, role words such as "officials", "the two leaders") by the
 * country's name ("RUSSIA"). The row is found from the mention's provenance ({@code file:line}): a bundled
 * dictionary by its file name, a user dictionary by its path. A row that cannot be read gives null (the export
 * then falls back to the evidence span).
 */
public final class GdeltNames {
    /** Mention kinds named by their own dictionary row; every other kind is named by its country. */
    private static final Set<String> OWN_NAME = Set.of("person", "org", "seat", "region");

    private static final GdeltNames STANDARD = new GdeltNames(GdeltCountries.standard());

    private final GdeltCountries countries;
    private final Map<String, String[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    public GdeltNames(GdeltCountries countries) {
        this.countries = countries;
    }

    /** Names from the bundled dictionaries (and user files where their paths still exist); thread-safe. */
    public static GdeltNames standard() {
        return STANDARD;
    }

    /**
     * The name of the actor behind an event's evidence span: among the actor mentions inside the span, one with
     * the event's actor code (else its country), the last such (a noun phrase's head comes last: "Chinese
     * President Xi Jinping"); null when none is there.
     */
    public String forSpan(java.util.List<org.entente.actors.ActorMention> actors, org.entente.events.model.Span span,
                          String code, String country) {
        if (span == null || code == null) {
            return null;
        }
        org.entente.actors.ActorMention best = null;
        for (org.entente.actors.ActorMention a : actors) {
            if (a.start() < span.start() || a.end() > span.end()) {
                continue;
            }
            boolean exact = code.equals(a.code());
            if (!exact && (country == null || !country.equals(a.country()))) {
                continue;
            }
            boolean bestExact = best != null && code.equals(best.code());
            if (best == null || (exact && !bestExact) || (exact == bestExact && a.end() > best.end())) {
                best = a;
            }
        }
        return best == null ? null : name(best.source(), best.kind(), best.country());
    }

    /** The name for a mention with this provenance, kind and country, or null. */
    public String name(String dictionary, String kind, String country) {
        if (!OWN_NAME.contains(kind) && country != null && countries.name(country) != null) {
            return upper(countries.name(country));
        }
        String row = row(dictionary);
        if (row == null) {
            return country != null && countries.name(country) != null ? upper(countries.name(country)) : null;
        }
        String first = row.split("\t", -1)[0].split("\\|")[0].strip();
        return first.isEmpty() ? null : upper(first);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The text of line N of the dictionary named in "file:N", or null. */
    private String row(String dictionary) {
        if (dictionary == null) {
            return null;
        }
        int colon = dictionary.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        int line;
        try {
            line = Integer.parseInt(dictionary.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        String[] lines = files.computeIfAbsent(dictionary.substring(0, colon), GdeltNames::lines);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    private static String[] lines(String file) {
        String name = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        try (InputStream in = GdeltNames.class.getResourceAsStream("/actors/" + name)) {
            if (!file.contains("/") && in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
            }
            Path p = Path.of(file);
            if (Files.isRegularFile(p)) {
                return Files.readString(p).split("\r?\n", -1);
            }
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: no name from it
        }
        return new String[0];
    }
}
