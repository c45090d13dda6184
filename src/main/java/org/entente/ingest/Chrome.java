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
    private static final Pattern COMBINED = load();

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
        String norm = t.replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\u2022\u00bb\u203a\u2192\\s]+", "")
                .replaceAll("[\\s\u2022|\u00bb\u203a\u2192]+$", "");
        return COMBINED.matcher(norm).matches();
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

    private static Pattern load() {
        List<String> parts = new ArrayList<>();
        try (InputStream in = Chrome.class.getResourceAsStream("chrome-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("chrome-phrases.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    Pattern.compile(p); // fail loudly on a bad pattern, naming it
                    parts.add("(?:" + p + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
