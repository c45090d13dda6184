package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Document tone as GDELT defines its AvgTone: 100 x (positive words - negative words) / all words, from a lexicon
 * of word polarities ({@code text/tone-lexicon.tsv}, derived from the VADER lexicon by
 * {@code scripts/derive-tone-lexicon.sh}). Counts words, never weights them, so the figure reads like GDELT's:
 * about -10 ... +10 for news, 0 for a text with no tone word (or no words). Thread-safe.
 */
public final class Tone {
    /** The tone of one text: {@code tone} = 100 x (positive - negative) / words. */
    public record Score(double tone, int positive, int negative, int words) {
        static Score of(int positive, int negative, int words) {
            double tone = words == 0 ? 0.0 : Math.round(10000.0 * (positive - negative) / words) / 100.0;
            return new Score(tone, positive, negative, words);
        }
    }

    private static final Tone STANDARD = new Tone(load("/text/tone-lexicon.tsv"));

    private final Map<String, Integer> polarity;

    private Tone(Map<String, Integer> polarity) {
        this.polarity = polarity;
    }

    /** The bundled lexicon. */
    public static Tone standard() {
        return STANDARD;
    }

    /** The tone of {@code text} (null or empty: 0 over 0 words). */
    public Score score(String text) {
        return score(text, 0, text == null ? 0 : text.length());
    }

    /** The tone of {@code text[from, to)}. */
    public Score score(String text, int from, int to) {
        int positive = 0;
        int negative = 0;
        int words = 0;
        if (text == null) {
            return Score.of(0, 0, 0);
        }
        StringBuilder w = new StringBuilder(24);
        for (int i = Math.max(0, from), end = Math.min(to, text.length()); i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            // a word: letters with inner apostrophes or hyphens ("don't", "well-being"), as in the lexicon
            boolean inner = (c == '\'' || c == '\u2019' || c == '-') && w.length() > 0 && i + 1 < end
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetter(c) || inner) {
                w.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                Integer p = polarity.get(w.toString());
                if (p != null) {
                    if (p > 0) {
                        positive++;
                    } else {
                        negative++;
                    }
                }
                w.setLength(0);
            }
        }
        return Score.of(positive, negative, words);
    }

    private static Map<String, Integer> load(String resource) {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = Tone.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.putIfAbsent(f[0], f[1].startsWith("-") ? -1 : 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
