package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Boilerplate removal for captured plain text (one paragraph per line or per blank-line block). General
 * rules, no site-specific strings: drop stray fragments ("in ,"), drop short lines that are known chrome
 * phrases (reader-funding pleas, disclaimers, comment-widget words), and cut the tail at the first chrome
 * line after which no prose paragraph follows (comments and related headlines live there).
 */
public final class TextCleaner {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\u2026][\"'\u201d\u2019)\\]]*$");

    private TextCleaner() {
    }

    /** Paragraphs of the clean text, in order. */
    public static List<String> paragraphs(String raw) {
        List<String> lines = unwrap(raw);
        List<String> kept = new ArrayList<>();
        int firstTailChrome = -1;
        for (String line : lines) {
            if (isFragment(line)) {
                continue;
            }
            if (Chrome.isChrome(line)) {
                if (hasProse(kept) && firstTailChrome < 0) {
                    firstTailChrome = kept.size();
                }
                continue;
            }
            if (firstTailChrome >= 0 && isProse(line)) {
                firstTailChrome = -1; // the article goes on after an inline plea: not the tail yet
            }
            kept.add(line);
        }
        if (firstTailChrome >= 0) {
            kept = new ArrayList<>(kept.subList(0, firstTailChrome));
        }
        return kept;
    }

    /** The clean text: paragraphs separated by a blank line. */
    public static String clean(String raw) {
        return String.join("\n\n", paragraphs(raw));
    }

    /** A prose paragraph: a real sentence of some length, ending like one. */
    static boolean isProse(String line) {
        return Chrome.words(line) >= 12 && SENTENCE_END.matcher(line.strip()).matches();
    }

    private static boolean hasProse(List<String> kept) {
        for (String k : kept) {
            if (isProse(k)) {
                return true;
            }
        }
        return false;
    }

    /** Stray capture debris: a line with almost no letters, or one short word with dangling punctuation. */
    static boolean isFragment(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                letters++;
            }
        }
        if (letters < 3) {
            return true;
        }
        String t = line.strip();
        return Chrome.words(t) <= 2 && t.matches("(?U)\\w{1,4}\\s*[,;:|\u2022-]+\\s*\\w{0,4}");
    }

    /** Runs of spaces and tabs become one space (the input is already stripped). */
    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean prevSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!prevSpace) {
                    b.append(' ');
                }
                prevSpace = true;
            } else {
                b.append(c);
                prevSpace = false;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }

    /**
     * Non-blank lines with hard wraps undone: a line that does not end a sentence, followed by one that
     * starts in lower case, continues the same paragraph.
     */
    static List<String> unwrap(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n");
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : lines) {
            String t = collapseSpaces(l.strip());
            if (t.isEmpty()) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                continue;
            }
            if (cur != null && cur.length() >= 40 && !SENTENCE_END.matcher(cur).matches()
                    && Character.isLowerCase(t.codePointAt(0))) {
                cur.append(' ').append(t);
                continue;
            }
            if (cur != null) {
                out.add(cur.toString());
            }
            cur = new StringBuilder(t);
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
