package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which language an article is written in: Apache OpenNLP's language detector with its published model
 * ({@code opennlp-models-langdetect}, 103 languages, character n-grams; Apache License 2.0), chosen over Lingua
 * (larger models, slower to load) and optimaize language-detector (unmaintained since 2016) because it reuses
 * the OpenNLP toolkit Entente already runs. Reads at most the first {@link #SAMPLE_CHARS} characters. Texts with
 * fewer than {@link #MIN_LETTERS} letters get no answer (null): n-gram statistics on a headline are guesses.
 * Thread-safe (one detector per thread over one shared model).
 */
public final class LanguageDetector {
    /** Characters read: enough for a confident answer, bounded cost on long articles. */
    public static final int SAMPLE_CHARS = 2000;
    /** Fewer letters than this: no answer. */
    public static final int MIN_LETTERS = 40;

    /**
     * Fast path: at least this share of the first {@link #SHARE_WORDS} words are English function words
     * ({@code stopwords.tsv}) and the text is English without asking the model, which costs ~5 ms an article.
     * English news runs at 40-50 %; Spanish, French, German and Dutch prose, whose words collide with a few
     * English ones ("a", "in", "on"), at well under 15 %.
     */
    static final double ENGLISH_SHARE = 0.25;
    static final int SHARE_WORDS = 200;
    private static final java.util.Set<String> ENGLISH = org.entente.ingest.LanguageGuess.english();

    private static final Map<String, String> ISO1 = iso639_1();
    private static volatile LanguageDetectorModel model;
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageDetector() {
    }

    /** A detected language: ISO 639-1 code where one exists (else OpenNLP's ISO 639-3 code) and its confidence. */
    public record Detection(String language, double confidence) {
    }

    /** The language of {@code text}, or null when the text is too short to tell. */
    public static Detection detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        double english = englishShare(sample);
        if (english >= ENGLISH_SHARE) {
            return new Detection("en", english);
        }
        Language best = DETECTOR.get().predictLanguage(sample);
        return new Detection(ISO1.getOrDefault(best.getLang(), best.getLang()), best.getConfidence());
    }

    /** Share of the first {@link #SHARE_WORDS} words (at least 20) that are English function words, else 0. */
    static double englishShare(String text) {
        int words = 0;
        int hits = 0;
        StringBuilder w = new StringBuilder(16);
        for (int i = 0; i <= text.length() && words < SHARE_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && w.length() > 0)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                if (ENGLISH.contains(w.toString())) {
                    hits++;
                }
                w.setLength(0);
            }
        }
        return words < 20 ? 0 : hits / (double) words;
    }

    /** A language's English name ("es" -> "Spanish"), for messages; the code itself when unknown. */
    public static String name(String code) {
        if (code == null) {
            return "unknown";
        }
        String n = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return n.isEmpty() || n.equals(code) ? code : n;
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageDetector.class) {
                if (model == null) {
                    try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
                        if (in == null) {
                            throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) missing"
                                    + " from the classpath");
                        }
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = model;
            }
        }
        return m;
    }

    /** ISO 639-3 (OpenNLP's codes) -> 639-1 from the JDK's locale data; macro-language codes by their members. */
    private static Map<String, String> iso639_1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code for this one
            }
        }
        // OpenNLP names Chinese, Persian and Malay by an individual language of the macro-language
        m.putIfAbsent("cmn", "zh");
        m.putIfAbsent("pes", "fa");
        m.putIfAbsent("zlm", "ms");
        return Map.copyOf(m);
    }
}
