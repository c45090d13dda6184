package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Light, rule-based coreference over the actors already seen in an article:
 * "the two countries" / "both sides" / "the pair" → the last two distinct countries (one mention per country,
 * both with the phrase's span); "he"/"she" → the person named in this or the previous sentence when only one
 * was (or all named ones share a code); "the President" alone → the head of state of the article's main country.
 */
final class Coreference {
    /** A mention to emit: character span plus its coding. */
    record Found(int start, int end, String code, String country, String role, String entityId, String kind,
                 double confidence, String source) {
    }

    private record Seen(String code, String entityId, String source, int sentence) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    private final String mainCountry;
    private final List<String> countries = new ArrayList<>(); // distinct, most recent last
    private final List<Seen> persons = new ArrayList<>();
    private int sentence = -1;

    Coreference(String mainCountry) {
        this.mainCountry = mainCountry;
    }

    void startSentence() {
        sentence++;
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
            if (PRONOUNS.contains(w.norm[k]) && !w.allUpper[k] && !nameFollows(w, k)) {
                Found f = pronoun(w, k);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private void emit(Composer.Group g, WordScanner.Words w, List<Found> out) {
        int start = w.start[g.first()];
        int end = w.end[g.last()];
        if (g.pair()) {
            int n = countries.size();
            if (n >= 2) {
                for (String c : List.of(countries.get(n - 2), countries.get(n - 1))) {
                    out.add(new Found(start, end, c, c, null, "country:" + c, "coreference", g.confidence(), g.source()));
                }
            }
            return;
        }
        if (g.standaloneTitle() && g.first() > 0 && w.norm[g.first() - 1].equals("the") && mainCountry != null) {
            out.add(new Found(w.start[g.first() - 1], end, mainCountry + g.role(), mainCountry, g.role(),
                    "country:" + mainCountry + ":" + g.role(), "coreference", 0.6, g.source()));
            note(mainCountry);
            return;
        }
        out.add(new Found(start, end, g.code(), g.country(), g.role(), g.entityId(), g.kind(), g.confidence(), g.source()));
        if (g.country() != null && !g.kind().equals("city")) {
            note(g.country());
        }
        if (g.kind().equals("person")) {
            persons.add(new Seen(g.code(), g.entityId(), g.source(), sentence));
        }
    }

    private void note(String country) {
        countries.remove(country);
        countries.add(country);
    }

    /** "He Zhihua" is a name, not a pronoun. */
    private static boolean nameFollows(WordScanner.Words w, int k) {
        return !w.allLower[k] && k + 1 < w.size && !w.allLower[k + 1] && !w.breakBefore[k + 1];
    }

    private Found pronoun(WordScanner.Words w, int k) {
        Seen last = null;
        boolean sameCode = true;
        String entity = null;
        boolean oneEntity = true;
        for (int i = persons.size() - 1; i >= 0; i--) {
            Seen p = persons.get(i);
            if (p.sentence() < sentence - 1) {
                break;
            }
            if (last == null) {
                last = p;
                entity = p.entityId();
            } else {
                sameCode &= p.code().equals(last.code());
                oneEntity &= p.entityId().equals(entity);
            }
        }
        if (last == null || !sameCode) {
            return null;
        }
        ActorCode c = ActorCode.parse(last.code());
        return new Found(w.start[k], w.end[k], last.code(), c.country(), c.role(), oneEntity ? last.entityId() : null,
                "coreference", oneEntity ? 0.7 : 0.5, last.source());
    }
}
