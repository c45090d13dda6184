package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a report joined an event: what the two share and the score {@link Resolution} summed from it. Stored with
 * the report ({@code event_mentions.resolution}, {@code resolution_score}) so the API and the dashboard can show
 * each merge's reasons.
 *
 * @param actWords     Jaccard overlap of the sentence's act words (content words that name no one in either
 *                     story) with the event's reports' words
 * @param sharedWords  those shared words
 * @param story        overlap of the story's names with the names of the event's articles (1 in the same article)
 * @param sharedNames  a few of those shared names
 * @param lead         estimated overlap of the two articles' lead words ({@link Sketch}; 0 in the same article or
 *                     when either lead is too short)
 * @param sameArticle  the event already holds a report of this article
 * @param sameCode     the full CAMEO code is the same
 * @param samePlace    the place both name, or null
 * @param days         days between the report's date and the event's; -1 when either date is unknown
 * @param match        how the sides met: the same, reversed (symmetric roots), one side unreported by one report
 * @param score        the summed evidence (ranks candidates)
 * @param merges       the evidence is enough for a merge ({@link Resolution})
 */
record MergeEvidence(double actWords, List<String> sharedWords, double story, List<String> sharedNames,
                     double lead, boolean sameArticle, boolean sameCode, String samePlace, long days, DyadMatch match,
                     double score, boolean merges) {
    private static final int SHOWN = 6;

    /** One line for people: the fields shared and the similarities ("…; same code; story names 0.50 (…)"). */
    String explain() {
        List<String> parts = new ArrayList<>();
        parts.add(sameArticle ? "same article" : "another article");
        parts.add(sameCode ? "same code" : "same root, other code");
        if (match.reversed()) {
            parts.add("direction reversed");
        }
        if (match.oneSide()) {
            parts.add("one side unreported in one");
        }
        parts.add(days < 0 ? "dates unknown" : days == 0 ? "same day"
                : days + (days == 1 ? " day apart" : " days apart"));
        if (samePlace != null) {
            parts.add("same place " + samePlace);
        }
        if (!sameArticle) {
            parts.add(String.format(Locale.ROOT, "story names %.2f%s", story, list(sharedNames)));
            parts.add(String.format(Locale.ROOT, "lead words %.2f", lead));
        }
        parts.add(String.format(Locale.ROOT, "act words %.2f%s", actWords, list(sharedWords)));
        parts.add(String.format(Locale.ROOT, "score %.2f", score));
        return String.join("; ", parts);
    }

    private static String list(List<String> words) {
        return words.isEmpty() ? "" : " (" + String.join(", ", words.subList(0, Math.min(SHOWN, words.size())))
                + (words.size() > SHOWN ? ", …" : "") + ")";
    }
}
