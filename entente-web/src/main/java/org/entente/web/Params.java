package org.entente.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.events.model.Modality;

/**
 * Typed, validated access to one request's query parameters. Every endpoint names the parameters it accepts, so a
 * misspelt one ("form" for "from") is a 400 naming it rather than a silently ignored filter; every parse failure is
 * a 400 naming the parameter and what was expected.
 */
public final class Params {
    /** Actor codes: CAMEO-style upper-case letters/digits ("RUS", "RUSGOV", "IGOUNO"); prefixes allowed. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,24}");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Set<String> allowed) {
        this.values = values;
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(clip(name), "unknown parameter; this endpoint accepts "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter(e.getKey(), "given more than once; use a comma-separated list");
            }
        }
    }

    /** The raw value, trimmed; null when absent or blank. */
    public String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0) == null) {
            return null;
        }
        String s = v.get(0).trim();
        return s.isEmpty() ? null : s;
    }

    public String text(String name) {
        String s = string(name);
        if (s != null && s.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return s;
    }

    public String required(String name) {
        String s = string(name);
        if (s == null) {
            throw ApiException.badParameter(name, "required");
        }
        return s;
    }

    /** An actor code or code prefix, upper-cased ("rus" is accepted as "RUS"). */
    public String code(String name, boolean required) {
        String s = required ? required(name) : string(name);
        if (s == null) {
            return null;
        }
        String up = s.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(up).matches()) {
            throw ApiException.badParameter(name, "expected an actor code such as RUS or RUSGOV, got '" + clip(s) + "'");
        }
        return up;
    }

    /** An ISO 3166 alpha-3 country code. */
    public String country(String name) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        String up = s.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(up).matches()) {
            throw ApiException.badParameter(name, "expected a three-letter ISO country code such as CHN, got '"
                    + clip(s) + "'");
        }
        return up;
    }

    /** A CAMEO code (2–4 digits); {@code rootOnly} demands exactly two ("04"). */
    public String cameo(String name, boolean rootOnly) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        if (!CAMEO.matcher(s).matches() || (rootOnly && s.length() != 2)) {
            throw ApiException.badParameter(name, rootOnly
                    ? "expected a two-digit CAMEO root code 01..20, got '" + clip(s) + "'"
                    : "expected a CAMEO code of 2 to 4 digits such as 042, got '" + clip(s) + "'");
        }
        if (rootOnly) {
            int r = Integer.parseInt(s);
            if (r < 1 || r > 20) {
                throw ApiException.badParameter(name, "CAMEO root codes run from 01 to 20, got '" + s + "'");
            }
        }
        return s;
    }

    public LocalDate date(String name) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "expected a date YYYY-MM-DD, got '" + clip(s) + "'");
        }
    }

    public int integer(String name, int min, int max, int fallback) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "expected a whole number, got '" + clip(s) + "'");
        }
        if (v < min || v > max) {
            throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    public boolean bool(String name, boolean fallback) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, "expected true or false, got '" + clip(s) + "'");
        };
    }

    /** One of a fixed set of lower-case words. */
    public String choice(String name, List<String> options, String fallback) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        String low = s.toLowerCase(Locale.ROOT);
        if (!options.contains(low)) {
            throw ApiException.badParameter(name, "expected one of " + String.join(", ", options) + ", got '"
                    + clip(s) + "'");
        }
        return low;
    }

    /** Comma-separated modalities; empty set when absent (meaning: all). */
    public Set<Modality> modalities(String name) {
        Set<Modality> out = EnumSet.noneOf(Modality.class);
        for (String part : list(name)) {
            try {
                out.add(Modality.parse(part));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, "expected asserted, negated, future, hypothetical or uncertain"
                        + " (comma-separated), got '" + clip(part) + "'");
            }
        }
        return out;
    }

    /** Comma-separated QuadClasses 1..4; empty set when absent. */
    public Set<Integer> quads(String name) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : list(name)) {
            if (!part.matches("[1-4]")) {
                throw ApiException.badParameter(name, "expected QuadClass 1, 2, 3 or 4 (comma-separated), got '"
                        + clip(part) + "'");
            }
            out.add(Integer.parseInt(part));
        }
        return out;
    }

    /** Checks that {@code from} is not after {@code to}, blaming {@code toName}. */
    public static void order(LocalDate from, LocalDate to, String toName) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter(toName, "is before 'from' (" + from + ")");
        }
    }

    private List<String> list(String name) {
        String s = string(name);
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Echoes user input in messages without letting a huge value through. */
    static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
