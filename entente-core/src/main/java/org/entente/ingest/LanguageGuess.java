package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess: the script for non-Latin text, otherwise the language whose function words
 * (stopwords.tsv) cover most of the first 2,000 words. Good enough to flag a non-English article, which
 * the English models and dictionaries downstream cannot code.
 */
public final class LanguageGuess {
    private static final Map<String, Set<String>> STOPWORDS = load();

    private LanguageGuess() {
    }

    /** English function words (for block scoring). */
    public static Set<String> english() {
        return STOPWORDS.get("en");
    }

    /** Function words of every listed language (prose in any of them is full of these). */
    public static Set<String> allStopwords() {
        Set<String> all = new HashSet<>();
        STOPWORDS.values().forEach(all::addAll);
        return all;
    }

    /** ISO 639-1 code, or null when the text is too short or no language fits. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > 6000 ? text.substring(0, 6000) : text;
        int latin = 0;
        Map<String, Integer> scripts = new HashMap<>();
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                scripts.merge(s.name(), 1, Integer::sum);
            }
        }
        String top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (top != null && scripts.get(top) > latin) {
            return switch (top) {
                case "CYRILLIC" -> "ru";
                case "HAN" -> "zh";
                case "HIRAGANA", "KATAKANA" -> "ja";
                case "HANGUL" -> "ko";
                case "ARABIC" -> "ar";
                case "GREEK" -> "el";
                case "HEBREW" -> "he";
                case "DEVANAGARI" -> "hi";
                default -> null;
            };
        }
        // count function words per language over the first 2,000 words, tokenising by hand (no regex: hot path)
        Map<String, int[]> hits = new LinkedHashMap<>();
        STOPWORDS.keySet().forEach(k -> hits.put(k, new int[1]));
        int words = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= sample.length() && words < 2000; i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'') {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                String word = w.toString();
                for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                    if (e.getValue().contains(word)) {
                        hits.get(e.getKey())[0]++;
                    }
                }
                w.setLength(0);
            }
        }
        if (words < 5) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, int[]> e : hits.entrySet()) {
            if (e.getValue()[0] > bestHits) {
                bestHits = e.getValue()[0];
                best = e.getKey();
            }
        }
        return bestHits * 10 >= words ? best : null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        try (InputStream in = LanguageGuess.class.getResourceAsStream("stopwords.tsv")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                m.put(parts[0].strip(), new HashSet<>(java.util.List.of(parts[1].strip().split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
