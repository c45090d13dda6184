package org.entente.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All loaded patterns, indexed by trigger form so that coding a sentence costs one hash lookup per token.
 * User files (--patterns) load first and so win ties against the bundled dictionary.
 */
public final class PatternDictionary {
    /** Bundled files: one per CAMEO root. */
    static final String BUNDLED_DIR = "/events/patterns/";

    private static final Comparator<Pattern> PRECEDENCE =
            Comparator.comparingInt(Pattern::specificity).reversed().thenComparingInt(Pattern::rank);

    private final List<Pattern> patterns;
    private final Map<String, List<Pattern>> verbIndex = new HashMap<>();
    private final Map<String, List<Pattern>> nounIndex = new HashMap<>();

    public PatternDictionary(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (Pattern p : patterns) {
            Map<String, List<Pattern>> index = p.nominal() ? nounIndex : verbIndex;
            for (String form : p.trigger().forms()) {
                index.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
            }
        }
        verbIndex.values().forEach(l -> l.sort(PRECEDENCE));
        nounIndex.values().forEach(l -> l.sort(PRECEDENCE));
    }

    /** User files first, then the bundled dictionary. Throws {@link PatternException} naming file:line. */
    public static PatternDictionary load(List<Path> userFiles, CameoTable cameo) {
        return load(userFiles, cameo, true);
    }

    /** As {@link #load(List, CameoTable)}; without the bundled dictionary when {@code bundled} is false. */
    public static PatternDictionary load(List<Path> userFiles, CameoTable cameo, boolean bundled) {
        PatternLoader loader = new PatternLoader(cameo);
        List<Pattern> all = new ArrayList<>();
        for (Path p : userFiles) {
            String content;
            try {
                content = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PatternException(p + ": cannot read pattern file (" + e.getMessage() + ")");
            }
            all.addAll(loader.parse(p.toString(), content, all.size()));
        }
        for (int root = 1; bundled && root <= 20; root++) {
            String name = String.format("%02d.tsv", root);
            try (InputStream in = PatternDictionary.class.getResourceAsStream(BUNDLED_DIR + name)) {
                if (in != null) {
                    all.addAll(loader.parse("patterns/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            all.size()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PatternDictionary(all);
    }

    public List<Pattern> verbPatterns(String form) {
        return verbIndex.getOrDefault(form, Collections.emptyList());
    }

    public List<Pattern> nounPatterns(String form) {
        return nounIndex.getOrDefault(form, Collections.emptyList());
    }

    static Comparator<Pattern> precedence() {
        return PRECEDENCE;
    }

    public List<Pattern> all() {
        return patterns;
    }
}
