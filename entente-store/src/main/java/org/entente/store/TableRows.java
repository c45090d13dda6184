package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.model.Location;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.ingest.Sources;
import org.entente.pipeline.CodedArticle;
import org.entente.store.gdelt.GdeltNames;
import org.entente.text.Tone;

/**
 * The rows one coded article adds to the store's {@code articles} and {@code event_mentions} tables, values in
 * table column order ({@link Schema}, then {@link ColumnAdditions}). The store's writer and the Spark job (which
 * writes the same tables as Parquet, unresolved) both build their rows here, so the two never drift apart.
 */
public final class TableRows {
    /** Columns of {@code articles}, in order. */
    public static final List<String> ARTICLE_COLUMNS = List.of("id", "name", "url", "outlet", "title", "date",
            "author", "language", "text", "meta", "ingested", "run_id", "tone", "word_count", "text_id");

    /** Columns of {@code event_mentions}, in order. */
    public static final List<String> MENTION_COLUMNS = List.of("article_id", "idx", "article", "date", "source",
            "target", "source_country", "target_country", "code", "root", "quad", "goldstein", "plover", "modality",
            "sentence", "text", "span_start", "span_end", "source_start", "source_end", "verb_start", "verb_end",
            "target_start", "target_end", "location_country", "location_place", "historical", "said_by", "pattern",
            "event_id", "resolution_score", "resolution", "location_division", "location_adm1", "location_lat",
            "location_lon", "location_feature_id", "tone", "source_name", "target_name");

    /** Columns of {@code actor_mentions}, in order. */
    public static final List<String> ACTOR_COLUMNS = List.of("article_id", "idx", "sentence", "start_char",
            "end_char", "first_token", "last_token", "text", "code", "country", "role", "entity", "kind", "confidence",
            "dictionary");

    private TableRows() {
    }

    /** The article's row; {@code runId} may be null (rows written outside a store run). */
    public static Object[] article(CodedArticle coded, LocalDateTime ingested, Integer runId) {
        Article a = coded.analyzed().article();
        Tone.Score tone = coded.analyzed().tone();
        return new Object[] {a.id(), a.name(), a.url(), a.outlet(), a.title(), a.date(), a.author(), a.language(),
            a.text(), metaJson(a), ingested, runId, tone.tone(), tone.words(), Sources.contentId(a.text())};
    }

    /** The article's event-mention rows before resolution: event id and resolution columns null. */
    public static List<Object[]> unresolvedMentions(CodedArticle coded) {
        Article a = coded.analyzed().article();
        ReportContext ctx = ReportContext.of(a, coded.actors());
        List<Object[]> rows = new ArrayList<>(coded.events().size());
        for (int idx = 0; idx < coded.events().size(); idx++) {
            rows.add(mention(ctx, coded, idx, null, null));
        }
        return rows;
    }

    /** Mention {@code idx} of the article; {@code eventId} and {@code evidence} are null until resolved. */
    static Object[] mention(ReportContext ctx, CodedArticle coded, int idx, Long eventId, MergeEvidence evidence) {
        Article a = coded.analyzed().article();
        EventMention m = coded.events().get(idx);
        Location loc = m.location();
        return new Object[] {a.id(), idx, m.article(), m.date(), m.source(), m.target(), m.sourceCountry(),
            m.targetCountry(), m.code(), m.root(), (byte) m.quad(), m.goldstein(), m.plover(),
            m.modality().label(), m.sentence(), m.text(),
            start(m.span()), end(m.span()), start(m.sourceSpan()), end(m.sourceSpan()),
            start(m.verbSpan()), end(m.verbSpan()), start(m.targetSpan()), end(m.targetSpan()),
            loc == null ? null : loc.country(), loc == null ? null : loc.place(), m.historical(), m.saidBy(),
            m.pattern(), eventId,
            // columns added later, in the order the store adds them: ColumnAdditions
            evidence == null ? null : evidence.score(), evidence == null ? null : evidence.explain(),
            loc == null ? null : loc.division(), loc == null ? null : loc.adm1Code(),
            loc == null ? null : loc.lat(), loc == null ? null : loc.lon(), loc == null ? null : loc.featureId(),
            m.span() == null ? null : coded.analyzed().tone(m.sentence(), m.span().start(), m.span().end()),
            // only the actors inside each span are looked at (ReportContext.within): linear in the article
            GdeltNames.standard().forSpan(ctx.within(m.sourceSpan()), m.sourceSpan(), m.source(), m.sourceCountry()),
            GdeltNames.standard().forSpan(ctx.within(m.targetSpan()), m.targetSpan(), m.target(),
                    m.targetCountry())};
    }

    /** The actor-mention rows of the article. */
    public static List<Object[]> actors(String articleId, List<ActorMention> actors) {
        List<Object[]> out = new ArrayList<>(actors.size());
        int idx = 0;
        for (ActorMention m : actors) {
            out.add(new Object[] {articleId, idx++, m.sentence(), m.start(), m.end(), m.firstToken(), m.lastToken(),
                m.text(), m.code(), m.country(), m.role(), m.entityId(), m.kind(), m.confidence(), m.source()});
        }
        return out;
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    private static String metaJson(Article a) {
        try {
            // sorted: Map.copyOf iterates in an order that changes from one JVM run to the next
            return ArticleQueries.JSON.writeValueAsString(new java.util.TreeMap<>(a.meta()));
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
