package org.entente.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light, rule-based coreference over the actors already seen in an article:
 * "the two countries" / "both sides" / "the pair" → the two most salient countries in play (mentions count one
 * each and fade by 0.7 a sentence; one mention per country, both with the phrase's span); "the President" alone →
 * the head of state of the article's main country; pronouns and "the ministry" / "the country" → an earlier actor
 * ({@link Anaphora}).
 */
final class Coreference {
    /** A mention to emit: character span plus its coding. */
    record Found(int start, int end, String code, String country, String role, String entityId, String kind,
                 double confidence, String source) {
    }

    /** Kinds that put a country "in play" for "the two countries": not companies, armed groups or cities. */
    private static final Set<String> NOTED_KINDS = Set.of("country", "demonym", "people", "capital", "seat", "person",
            "coreference");

    private final String mainCountry;
    /** Salience of each country in play: +1 a mention, decaying by {@link #DECAY} a sentence. */
    private final Map<String, Double> salience = new LinkedHashMap<>();
    private static final double DECAY = 0.7;
    private final Anaphora anaphora;

    Coreference(String mainCountry, String text) {
        this.mainCountry = mainCountry;
        this.anaphora = new Anaphora(text);
    }

    void startSentence() {
        anaphora.startSentence();
        salience.replaceAll((c, v) -> v * DECAY);
        sentencePairs.forEach((k, v) -> pairs.merge(k, v, Double::sum));
        sentencePairs.clear();
        pairs.replaceAll((c, v) -> v * DECAY);
        inSentence.clear();
        previous = null;
    }

    /** A noted country mention in the current sentence: word positions, for spotting "Russia and China". */
    private record Noted(String country, int first, int last) {
    }

    /** The sentence's previous noted mention (the only one a new mention can be coordinated with), or null. */
    private Noted previous;
    /**
     * The distinct countries noted so far in this sentence, in order of first mention. A new mention pairs with
     * each of them once, not with every earlier mention: a sentence naming countries n times costs n × countries,
     * not n² (a run of thousands of country names in one sentence was quadratic).
     */
    private final Set<String> inSentence = new java.util.LinkedHashSet<>();
    /** Salience of country pairs ("CHN RUS"): co-occurring in a sentence +1, coordinated ("X and Y") +3. */
    private final Map<String, Double> pairs = new LinkedHashMap<>();
    /** This sentence's pairs, each counted once (a pair repeated in one sentence is still one pair). */
    private final Map<String, Double> sentencePairs = new LinkedHashMap<>();
    private static final Set<String> COORDINATION = Set.of("and", "the", "of", "between", "s");

    /** Scores the pairs the newest noted mention {@code b} forms with the earlier ones of its sentence. */
    private void notePairs(Noted b, WordScanner.Words w) {
        Noted a = previous;
        boolean coordinated = a != null && !a.country().equals(b.country()) && b.first() > a.last() + 1;
        for (int k = a == null ? 0 : a.last() + 1; coordinated && k < b.first(); k++) {
            coordinated = COORDINATION.contains(w.norm(k));
        }
        for (String c : inSentence) {
            if (c.equals(b.country())) {
                continue;
            }
            String key = c.compareTo(b.country()) < 0 ? c + " " + b.country() : b.country() + " " + c;
            sentencePairs.merge(key, coordinated && c.equals(a.country()) ? 3.0 : 1.0, Math::max);
        }
        inSentence.add(b.country());
        previous = b;
    }

    List<Found> resolve(List<Composer.Group> groups, WordScanner.Words w) {
        List<Found> out = new ArrayList<>();
        int gi = 0;
        for (int k = 0; k < w.size; k++) {
            Composer.Group g = gi < groups.size() && groups.get(gi).first() == k ? groups.get(gi) : null;
            if (g != null) {
                gi++;
                emit(g, w, out);
                k = g.last();
                continue;
            }
            if (w.pronoun(k) && !w.allUpper(k) && !nameFollows(w, k)) { // a word of anaphors.tsv: flagged by the scanner
                Found f = anaphora.pronoun(w, k);
                if (f != null) {
                    out.add(f);
                }
            } else {
                anaphora.uncoded(w, k);
            }
        }
        return out;
    }

    private void emit(Composer.Group g, WordScanner.Words w, List<Found> out) {
        int start = w.start[g.first()];
        int end = w.end[g.last()];
        if (g.pair()) {
            List<String> pair = topPair();
            if (pair.size() == 2) {
                for (String c : pair) {
                    out.add(new Found(start, end, c, c, null, "country:" + c, "coreference", g.confidence(), g.source()));
                }
                anaphora.note(new Found(start, end, null, null, null, null, "coreference", 0, null), false);
            }
            return;
        }
        if (g.standaloneTitle() && g.first() > 0 && w.is(g.first() - 1, "the") && mainCountry != null) {
            Found f = new Found(w.start[g.first() - 1], end, mainCountry + g.role(), mainCountry, g.role(),
                    "country:" + mainCountry + ":" + g.role(), "coreference", 0.6, g.source());
            out.add(f);
            anaphora.note(f, true);
            note(mainCountry);
            return;
        }
        if (g.titledName() && mainCountry != null) {
            // "Prime Minister Jane Doe", no country said: as with "the Prime Minister", news names a foreign
            // office holder with the country ("Indian Prime Minister ..."), so this is the article's country's
            Found f = new Found(start, end, mainCountry + g.role(), mainCountry, g.role(),
                    "country:" + mainCountry + ":" + g.role(), "coreference", 0.5, g.source());
            out.add(f);
            anaphora.note(f, true);
            note(mainCountry);
            return;
        }
        Found pointing = anaphora.description(g, w);
        if (pointing != null) { // "the ministry": the earlier actor of its role
            out.add(pointing);
            note(pointing.country());
            return;
        }
        Found f = new Found(start, end, g.code(), g.country(), g.role(), g.entityId(), g.kind(), g.confidence(), g.source());
        out.add(f);
        anaphora.note(f, false);
        if (g.country() != null && NOTED_KINDS.contains(g.kind())) {
            note(g.country());
            notePairs(new Noted(g.country(), g.first(), g.last()), w);
        }
    }

    private void note(String country) {
        salience.merge(country, 1.0, Double::sum);
    }

    /** The most salient pair of countries seen together; else the two most salient countries. */
    private List<String> topPair() {
        Map<String, Double> all = new LinkedHashMap<>(pairs);
        sentencePairs.forEach((k, v) -> all.merge(k, v, Double::sum));
        String best = null;
        for (Map.Entry<String, Double> e : all.entrySet()) {
            if (best == null || e.getValue() >= all.get(best)) {
                best = e.getKey();
            }
        }
        return best != null ? List.of(best.split(" ")) : topTwo();
    }

    /** The two most salient countries (the pair an article keeps talking about), in order of first mention. */
    private List<String> topTwo() {
        List<Map.Entry<String, Double>> all = new ArrayList<>(salience.entrySet());
        all.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        for (String c : salience.keySet()) {
            if (all.size() >= 2 && (c.equals(all.get(0).getKey()) || c.equals(all.get(1).getKey()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** "He Zhihua" is a name, not a pronoun. */
    private static boolean nameFollows(WordScanner.Words w, int k) {
        return !w.allLower(k) && k + 1 < w.size && !w.allLower(k + 1) && !w.breakBefore(k + 1);
    }
}
