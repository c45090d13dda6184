package org.entente.ingest.watch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** One HTTP answer: its status, where it came from after redirects, its headers and its (capped) body. */
public record Fetched(int status, URI uri, HttpHeaders headers, byte[] body) {
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The charset the Content-Type names, or null. */
    public String charset() {
        String type = header("Content-Type").orElse("");
        for (String part : type.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /**
     * How long the server asks us to wait (Retry-After: seconds or an HTTP date), or empty when it does not say or
     * says something unreadable.
     */
    public Optional<Duration> retryAfter(Instant now) {
        return header("Retry-After").flatMap(v -> delay(v, now));
    }

    static Optional<Duration> delay(String value, Instant now) {
        try {
            long s = Long.parseLong(value.strip());
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** Cache-Control max-age, when the answer may be reused for a while (not with no-cache or no-store). */
    public Optional<Duration> maxAge() {
        String cc = header("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        if (cc.contains("no-cache") || cc.contains("no-store")) {
            return Optional.empty();
        }
        for (String part : cc.split(",")) {
            String p = part.strip();
            if (p.startsWith("max-age=")) {
                try {
                    long s = Long.parseLong(p.substring(8).replace("\"", "").strip());
                    return s > 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
