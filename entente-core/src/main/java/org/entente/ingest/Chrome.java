package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises short lines of page chrome using the phrase patterns in {@code chrome-phrases.txt}. */
public final class Chrome {
    /** Lines longer than this are prose, whatever phrase they contain. */
    static final int MAX_CHROME_WORDS = 30;
    private static final Pattern[] PATTERNS = load();
    /** Whole-line patterns. */
    private static final Pattern COMBINED = PATTERNS[0];
    /** ".*X.*" patterns, searched for X (a find is linear; a leading .* backtracks on every line). */
    private static final Pattern CONTAINS = PATTERNS[1];

    private Chrome() {
    }

    /** True when the whole (trimmed) line is a known chrome phrase and short enough to be chrome. */
    public static boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (words(t) > MAX_CHROME_WORDS) {
            return false;
        }
        String norm = trimDecoration(t);
        return COMBINED.matcher(norm).matches() || CONTAINS.matcher(norm).find();
    }

    /** Drops bullets, arrows and punctuation around a line ("» Read more", "Share |"), collapses spaces. */
    private static String trimDecoration(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && isDecoration(t.charAt(a))) {
            a++;
        }
        while (b > a && isDecoration(t.charAt(b - 1))) {
            b--;
        }
        StringBuilder sb = new StringBuilder(b - a);
        boolean space = false;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2022' || c == '\u00bb' || c == '\u203a'
                || c == '\u2192' || c == '|' || c == '-' || c == '*' || c == '>' || c == '#' || c == ':';
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static Pattern[] load() {
        List<String> parts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        try (InputStream in = Chrome.class.getResourceAsStream("chrome-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("chrome-phrases.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    Pattern.compile(p); // fail loudly on a bad pattern
                    if (p.startsWith(".*") && p.endsWith(".*") && p.length() > 4) {
                        contains.add("(?:" + p.substring(2, p.length() - 2) + ")");
                    } else {
                        parts.add("(?:" + p + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Pattern[] {Pattern.compile(String.join("|", parts), flags),
                Pattern.compile(String.join("|", contains), flags)};
    }
}
