package org.entente.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country an article is about, when one dominates it: the country of the most actor mentions (countries,
 * demonyms, capitals, cities, people, bodies; not "the two countries"), counted only where it has at least
 * {@link #DOMINANCE} times the mentions of the next and at least {@link #MIN_MENTIONS} mentions. "the government" or
 * "the opposition" in such an article is that country's: news names a foreign government with its country ("the
 * Kenyan government"). An article that weighs two countries alike ("talks between Iran and the United States") has
 * none, and neither has a sentence or two naming a country once or twice: that is not yet what the text is about.
 */
record ArticleCountry(String country, int mentions, int all) {
    /** How many times the next country's mentions the leading country needs. */
    static final int DOMINANCE = 2;
    /**
     * How many mentions make a country what the text is about. On the team's train and dev splits, where a bare
     * role of a "yes" row was a gold actor in a text with a dominant country, it was its country 319 times in 339;
     * with three mentions or more 307 in 325 (scripts/annotation/actor_misses.py), while single sentences (the
     * public gold sets) keep their bare roles.
     */
    static final int MIN_MENTIONS = 3;

    /** The dominant country of the composed groups (one list per sentence), or null. */
    static ArticleCountry of(List<List<Composer.Group>> groups) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int all = 0;
        for (List<Composer.Group> gs : groups) {
            for (Composer.Group g : gs) {
                if (g.country() == null || g.pair()) {
                    continue;
                }
                all++;
                int n = counts.merge(g.country(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = g.country(); // first-mentioned wins ties
                }
            }
        }
        if (best == null) {
            return null;
        }
        int top = counts.get(best);
        if (top < MIN_MENTIONS) {
            return null;
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(best) && top < DOMINANCE * e.getValue()) {
                return null;
            }
        }
        return new ArticleCountry(best, top, all);
    }

    /** Why a role took this country, for the provenance. */
    String reason() {
        return "the article's country, " + mentions + " of " + all + " mentions";
    }
}
