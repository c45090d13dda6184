package org.entente.events.matching;

import org.entente.events.model.CameoTable;
import org.entente.events.syntax.SentenceView;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All loaded patterns, indexed by trigger form so that coding a sentence costs one hash lookup per token.
 * User files (--patterns) load first and so win ties against the bundled dictionary.
 *
 * <p>Common triggers carry hundreds of patterns ("offer", "refuse", "declare": over 500 each), nearly all of which
 * need some other word the sentence does not contain. {@link #verbPatterns(String, String, SentenceView)} therefore
 * drops, before any matching, every pattern with a required word missing from the sentence; each distinct set of
 * word forms (about 3,900 for 37,000 word slots) is looked up in a sentence at most once.
 */
public final class PatternDictionary {
    /** Bundled files: one per CAMEO root. */
    static final String BUNDLED_DIR = "/events/patterns/";

    private static final Comparator<Pattern> PRECEDENCE =
            Comparator.comparingInt(Pattern::specificity).reversed().thenComparingInt(Pattern::rank);

    /** Merged trigger lists kept per (form, lemma) pair before the cache starts over (bounds memory). */
    private static final int MERGED_CAPACITY = 50_000;

    private final List<Pattern> patterns;
    private final Map<String, List<Pattern>> verbIndex = new HashMap<>();
    private final Map<String, List<Pattern>> nounIndex = new HashMap<>();
    private final Requirements requirements;
    private final Map<String, Requirements.Entry[]> mergedVerbs = new ConcurrentHashMap<>();
    private final Map<String, Requirements.Entry[]> mergedNouns = new ConcurrentHashMap<>();

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
        requirements = new Requirements(this.patterns);
        PatternKeys.register(this.patterns);
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

    /**
     * The verb patterns a token with normalised form {@code form} and lemma {@code lemma} triggers, in precedence
     * order (those indexed under the form, then under the lemma, merged), without the patterns that cannot match in
     * {@code s} because one of their required words occurs nowhere in it.
     */
    public List<Pattern> verbPatterns(String form, String lemma, SentenceView s) {
        return requirements.plausible(merged(verbIndex, mergedVerbs, form, lemma), s);
    }

    /** As {@link #verbPatterns(String, String, SentenceView)}, for noun-triggered ("~ ") patterns. */
    public List<Pattern> nounPatterns(String form, String lemma, SentenceView s) {
        return requirements.plausible(merged(nounIndex, mergedNouns, form, lemma), s);
    }

    private Requirements.Entry[] merged(Map<String, List<Pattern>> index, Map<String, Requirements.Entry[]> cache,
                                        String form, String lemma) {
        String key = form.equals(lemma) ? form : form + '\u0001' + lemma;
        Requirements.Entry[] known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<Pattern> a = index.getOrDefault(form, Collections.emptyList());
        List<Pattern> b = form.equals(lemma) ? List.of() : index.getOrDefault(lemma, Collections.emptyList());
        Requirements.Entry[] entries = requirements.entries(merge(a, b));
        if (cache.size() >= MERGED_CAPACITY) {
            cache.clear();
        }
        cache.put(key, entries);
        return entries;
    }

    /** Patterns indexed under the surface form and under the lemma, in precedence order, each once. */
    public static List<Pattern> merge(List<Pattern> a, List<Pattern> b) {
        if (b.isEmpty() || a == b) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Pattern> all = new ArrayList<>(new LinkedHashSet<>(a));
        for (Pattern p : b) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        all.sort(PRECEDENCE);
        return all;
    }

    public List<Pattern> all() {
        return patterns;
    }
}
