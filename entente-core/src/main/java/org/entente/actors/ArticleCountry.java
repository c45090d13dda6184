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
 * none, and neither has a long text naming a country once or twice, nor a single sentence: that is not yet what
 * the text is about. A short text (two to {@link #SHORT_TEXT} sentences) that names one country only (twice or more),
 * or whose dateline's country leads, is about that country.
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
    /**
     * A text of two to this many sentences (a short report, a brief) is about the one country it names twice or
     * more, even with fewer than {@link #MIN_MENTIONS} mentions, or about its dateline's country when that leads:
     * "Eight policemen were gunned down" in a three-sentence brief that names Haiti twice and nothing else.
     */
    static final int SHORT_TEXT = 5;

    /** The dominant country of the composed groups (one list per sentence), or null. */
    static ArticleCountry of(List<List<Composer.Group>> groups) {
        return of(groups, null);
    }

    /**
     * The dominant country of the composed groups (one list per sentence), or null; {@code dateline} is the country
     * of the text's wire dateline, or null.
     */
    static ArticleCountry of(List<List<Composer.Group>> groups, String dateline) {
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
        boolean shortText = groups.size() >= 2 && groups.size() <= SHORT_TEXT
                && ((counts.size() == 1 && top >= 2) || best.equals(dateline));
        if (top < MIN_MENTIONS && !shortText) {
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
