package org.entente.events.model;

import java.time.LocalDate;

/**
 * One coded event mention: the contract object of {@code ./entente code} (DESIGN.md §3).
 *
 * @param article        the input's id, or the file name ({@code Article.name()})
 * @param articleId      the article's content hash ({@code Article.id()})
 * @param date           event date (article date unless the text dates it)
 * @param source         source actor code, or null
 * @param target         target actor code, or null
 * @param sourceCountry  alpha-3 or null
 * @param targetCountry  alpha-3 or null
 * @param code           CAMEO code, e.g. "042"
 * @param root           CAMEO root, e.g. "04"
 * @param quad           QuadClass 1..4
 * @param goldstein      Goldstein score
 * @param plover         PLOVER event type
 * @param modality       asserted / negated / future / hypothetical / uncertain
 * @param sentence       0-based sentence index
 * @param text           the sentence text
 * @param span           sentence span in the clean text
 * @param sourceSpan     evidence span of the source actor, or null
 * @param verbSpan       evidence span of the event trigger
 * @param targetSpan     evidence span of the target actor, or null
 * @param location       where, when stated, or null
 * @param historical     true for background history, never counted as news of the article's day
 * @param saidBy         actor code of the one who reported it ("X said Y shelled Z"), or null
 * @param pattern        id of the pattern that fired (file:line), for provenance; a derived accusation ("X said Y
 *                       shelled Z" -> X accuses Y) gives its rule, then the reported act's pattern
 *                       ("rule:reported-charge<-patterns/19.tsv:45")
 * @param rules          the rules of the chain (events/rules.tsv) that changed the event after its pattern matched,
 *                       in the order they ran: its provenance beside {@code pattern}; empty when none did
 */
public record EventMention(String article, String articleId, LocalDate date, String source, String target,
                           String sourceCountry, String targetCountry, String code, String root, int quad,
                           double goldstein, String plover, Modality modality, int sentence, String text,
                           Span span, Span sourceSpan, Span verbSpan, Span targetSpan, Location location,
                           boolean historical, String saidBy, String pattern, java.util.List<String> rules) {
    public EventMention {
        rules = rules == null ? java.util.List.of() : java.util.List.copyOf(rules);
    }

    /** An event mention without rule provenance (read back from the store, or made by hand in tests). */
    public EventMention(String article, String articleId, LocalDate date, String source, String target,
                        String sourceCountry, String targetCountry, String code, String root, int quad,
                        double goldstein, String plover, Modality modality, int sentence, String text,
                        Span span, Span sourceSpan, Span verbSpan, Span targetSpan, Location location,
                        boolean historical, String saidBy, String pattern) {
        this(article, articleId, date, source, target, sourceCountry, targetCountry, code, root, quad, goldstein,
                plover, modality, sentence, text, span, sourceSpan, verbSpan, targetSpan, location, historical, saidBy,
                pattern, java.util.List.of());
    }
}
