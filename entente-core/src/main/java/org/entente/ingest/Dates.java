package org.entente.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from the strings pages and wires carry: ISO dates and timestamps, RFC 1123, English
 * "Nov 21, 2016" / "21 November 2016", dates inside URLs and file names, and wire datelines
 * ("MOSCOW, Nov 21 (Reuters) -"). Dates before 1900 or far in the future are treated as noise.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
    private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern URL_YMD = Pattern.compile("[/_-]((?:19|20)\\d\\d)[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:[/_.-]|$)");
    /** "MOSCOW, Nov 21 (Reuters) -", "KAZAN, Russia, Oct 23, 2024 (Wire) —", "WASHINGTON (AP) —". */
    public static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?),\\s+" + MONTH
                    + "\\s+(\\d{1,2})(?:,\\s*((?:19|20)\\d\\d))?\\s*(?:\\(([^)]{2,40})\\))?\\s*[-\u2013\u2014]",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** A date in a metadata string (ISO, timestamp, RFC 1123 or English), or null. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return plausible(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeException e) {
            // not an ISO timestamp with offset; try the others
        }
        try {
            return plausible(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            // fall through
        }
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = MDY.matcher(t);
        if (m.find()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DMY.matcher(t);
        if (m.find()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        m = SLASH_YMD.matcher(t);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find() && t.length() <= 16) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    /** A date written into a URL path or a file name ("/2023/08/07/", "2023-03-21-moscow.txt"), or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = "/" + url;
        Matcher m = URL_YMD.matcher(u);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_COMPACT.matcher(u);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The month and day of a wire dateline in the first line of a text, with its year when written. */
    public record Dateline(String place, int month, int day, Integer year, String agency) {
        /** The date, taking the year from {@code yearHint} when the dateline has none. */
        public LocalDate date(Integer yearHint) {
            Integer y = year != null ? year : yearHint;
            if (y == null) {
                return null;
            }
            try {
                return plausible(LocalDate.of(y, month, day));
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    public static Dateline dateline(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATELINE.matcher(text.length() > 300 ? text.substring(0, 300) : text);
        if (!m.find()) {
            return null;
        }
        int day = Integer.parseInt(m.group(3));
        Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        return new Dateline(m.group(1).strip(), Integer.parseInt(month(m.group(2))), day, year, m.group(5));
    }

    /** "www.example.com" -> "example.com"; null when the URL has no host. */
    public static String domain(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(k.length() > 3 && !k.startsWith("sept") ? k.substring(0, 3) : (k.startsWith("sept") ? "sept" : k));
        return String.valueOf(m == null ? 0 : m);
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        if (d == null || d.getYear() < 1900 || d.isAfter(LocalDate.now().plusDays(2))) {
            return null;
        }
        return d;
    }
}
