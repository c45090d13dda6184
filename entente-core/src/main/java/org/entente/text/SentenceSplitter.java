package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries: paragraphs (line breaks) first, since clean text keeps one paragraph per line and a
 * headline has no full stop; then the OpenNLP detector inside each paragraph; then boundaries the model puts
 * after abbreviations ("Gen.", "Nov. 21", "U.S. officials" — see abbreviations.tsv) or after a middle
 * initial ("John F. Kennedy") are undone.
 */
final class SentenceSplitter {
    // compiled once: these run at every candidate sentence boundary
    private static final Pattern TRAILING_NON_WORD = Pattern.compile("\\W+$");
    private static final Pattern OPENING_IN_LAST = Pattern.compile("^[\\(\\[\"'\u201c\u2018]+");
    private static final Pattern OPENING_IN_FIRST = Pattern.compile("^[\"'\u201c\u2018\\(]+");
    private static final Map<String, String> ABBREVIATIONS = load();
    /** Capitalised words that start a new sentence after "U.S." rather than continue a name. */
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "it", "he", "she", "they", "we", "i",
            "but", "and", "in", "on", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our",
            "however", "meanwhile", "after", "before", "when", "while", "if", "as", "at", "for", "yet", "so", "no",
            "some", "many", "most", "both", "such", "one", "what", "why", "how", "who", "then", "also", "still");

    private SentenceSplitter() {
    }

    static List<Span> split(String text, SentenceDetectorME detector) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(i, lineEnd);
            if (!line.isBlank()) {
                List<Span> inLine = new ArrayList<>();
                for (Span s : detector.sentPosDetect(line)) {
                    int start = i + s.getStart();
                    int end = i + s.getEnd();
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        inLine.add(new Span(start, end));
                    }
                }
                for (Span merged : mergeAbbreviations(text, inLine)) {
                    splitAfterInitials(text, merged, out);
                }
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /** Joins a sentence to the next when it ends in an abbreviation that, in context, does not end it. */
    static List<Span> mergeAbbreviations(String text, List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        Span cur = spans.get(0);
        for (int k = 1; k < spans.size(); k++) {
            Span next = spans.get(k);
            if (continues(text, cur, next)) {
                cur = new Span(cur.getStart(), next.getEnd());
            } else {
                out.add(cur);
                cur = next;
            }
        }
        out.add(cur);
        return out;
    }

    /**
     * The model keeps "... imposed by the U.S. The ministry said ..." as one sentence; a capitalised function
     * word right after an initials abbreviation ("U.S.", "U.N.") starts a new one.
     */
    static void splitAfterInitials(String text, Span s, List<Span> out) {
        int start = s.getStart();
        int i = s.getStart();
        while (i < s.getEnd()) {
            int dot = dotSpace(text, i, s.getEnd());
            if (dot < 0 || dot + 2 >= s.getEnd()) {
                break;
            }
            int wStart = dot;
            while (wStart > start && !Character.isWhitespace(text.charAt(wStart - 1))) {
                wStart--;
            }
            String abbr = text.substring(wStart, dot + 1);
            if ("initials".equals(ABBREVIATIONS.get(abbr)) && wStart > start) {
                int nStart = dot + 2;
                int nEnd = nStart;
                while (nEnd < s.getEnd() && Character.isLetter(text.charAt(nEnd))) {
                    nEnd++;
                }
                String next = text.substring(nStart, nEnd);
                if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))
                        && STARTERS.contains(next.toLowerCase(Locale.ROOT))) {
                    out.add(new Span(start, dot + 1));
                    start = nStart;
                }
            }
            i = dot + 2;
        }
        out.add(new Span(start, s.getEnd()));
    }

    /**
     * The first ". " at or after {@code from} that starts before {@code end}, or -1. Bounded by the sentence: an
     * unbounded {@code indexOf} scanned on to the end of the text for every sentence without one, which made an
     * article of many short lines quadratic (800 KB of one-line sentences: ~10 s of this scan alone).
     */
    private static int dotSpace(String text, int from, int end) {
        int last = Math.min(end, text.length()) - 1;
        for (int k = from; k < last; k++) {
            if (text.charAt(k) == '.' && text.charAt(k + 1) == ' ') {
                return k;
            }
        }
        return -1;
    }

    private static boolean continues(String text, Span cur, Span next) {
        String last = lastWord(text, cur);
        String nextWord = firstWord(text, next);
        if (last.isEmpty() || nextWord.isEmpty()) {
            return false;
        }
        char first = nextWord.charAt(0);
        if (last.length() == 2 && Character.isUpperCase(last.charAt(0)) && last.charAt(1) == '.'
                && Character.isUpperCase(first) && cur.length() > 3) {
            return true; // middle initial: "John F. Kennedy"
        }
        String kind = ABBREVIATIONS.get(last);
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case "title" -> true;
            case "month" -> Character.isDigit(first);
            case "initials" -> !Character.isUpperCase(first)
                    || !STARTERS.contains(TRAILING_NON_WORD.matcher(nextWord.toLowerCase(Locale.ROOT)).replaceAll(""));
            default -> Character.isLowerCase(first) || Character.isDigit(first);
        };
    }

    private static String lastWord(String text, Span s) {
        int end = s.getEnd();
        int b = end;
        while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, end);
        // strip opening punctuation: "(Gen." -> "Gen."
        return OPENING_IN_LAST.matcher(w).replaceFirst("");
    }

    private static String firstWord(String text, Span s) {
        int e = s.getStart();
        while (e < s.getEnd() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return OPENING_IN_FIRST.matcher(text.substring(s.getStart(), e)).replaceFirst("");
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        Set<String> kinds = new HashSet<>(List.of("title", "month", "initials", "other"));
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || !kinds.contains(f[1].strip())) {
                    throw new IllegalStateException("abbreviations.tsv: bad line: " + line);
                }
                m.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
