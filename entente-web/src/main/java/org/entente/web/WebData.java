package org.entente.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.events.model.Modality;

/**
 * What the REST API reads: one method per endpoint, taking validated queries and returning the API's own records
 * (serialised in snake_case). Keeping the API's shapes here, apart from the store's classes, means the OpenAPI
 * document describes these records and a change inside the store cannot silently change the public JSON.
 */
public interface WebData extends AutoCloseable {

    Stats stats();

    List<ActorHit> actors(String query, int limit);

    Series relations(RelationQuery query);

    Page<Pair> pairs(PairQuery query);

    Page<EventRow> events(EventQuery query);

    Optional<EventDetail> event(String id);

    Optional<ArticleDetail> article(String id);

    MapData map(MapQuery query);

    ChangeList changes(ChangeQuery query);

    /** Articles, newest first, optionally of one language or only the coded (or uncoded) ones. */
    Page<ArticleRow> articles(ArticleQuery query);

    @Override
    void close();

    // ---- queries (already validated by the handlers) ----

    /**
     * Relations of a with b (either direction). A bare country code stands for all its actors (RUS covers
     * RUSGOV, RUSMIL). Empty modalities = asserted only, as everywhere in Entente.
     */
    record RelationQuery(String a, String b, LocalDate from, LocalDate to, String by, Set<Modality> modalities) {
    }

    /** level "country" pairs countries; "actor" keeps full codes. {@code actor}: only pairs involving it. */
    record PairQuery(LocalDate from, LocalDate to, String level, String actor, Set<Modality> modalities,
                     int limit, int offset) {
    }

    /** {@code actor}: either side; {@code a}+{@code b}: the dyad (either direction); {@code code}: CAMEO prefix. */
    record EventQuery(String actor, String a, String b, String country, String code, Integer quad,
                      Set<Modality> modalities, LocalDate from, LocalDate to, String text, boolean historical,
                      int limit, int offset) {
    }

    /** Events for the map: of one actor (either side), of a dyad, or all; dates and modalities as everywhere. */
    record MapQuery(String actor, String a, String b, LocalDate from, LocalDate to, Set<Modality> modalities) {
    }

    /** Changes in the {@code months} up to {@code to} (null: the store's last dated event). */
    record ChangeQuery(LocalDate to, int months, Set<Modality> modalities, int limit) {
    }

    // ---- results ----

    /**
     * The map's figures. {@code countries}: events each country took part in (as source or target country);
     * {@code points}: events whose location the gazetteer placed, one point per place with up to
     * {@link MapQueries#IDS_PER_POINT} event ids to open. {@code located} events name a place or country;
     * {@code placed} have coordinates; the rest are counted but cannot be drawn as points.
     */
    record MapData(long events, long located, long placed, List<MapCountry> countries, List<MapPoint> points,
                   Counting counting) {
    }

    record MapCountry(String country, String name, long events) {
    }

    record MapPoint(double lat, double lon, String place, String division, String country, long events,
                    List<String> eventIds) {
    }

    /** A pair's change: its index over the recent window against before, with the evidence of the window. */
    record Change(String a, String b, String aName, String bName, long recentEvents, double recentIndex,
                  Double recentLow, Double recentHigh, long beforeEvents, double beforeIndex, double delta, double z,
                  String direction, List<EventRow> evidence) {
    }

    record ChangeList(LocalDate from, LocalDate to, int months, List<Change> items, Counting counting) {
    }

    /** A page of a list; {@code counting} says what a ranking counts (null for lists that are not counts). */
    record Page<T>(long total, int limit, int offset, List<T> items, Counting counting) {
        Page(long total, int limit, int offset, List<T> items) {
            this(total, limit, offset, items, null);
        }
    }

    /** What a figure counts: the one definition every surface shares ({@link org.entente.relations.Counting}). */
    record Counting(List<String> modalities, LocalDate from, LocalDate to, boolean undatedIncluded, String text) {
        static Counting of(org.entente.relations.Counting c) {
            return new Counting(c.modalities(), c.from(), c.to(), c.undatedIncluded(), c.text());
        }
    }

    /**
     * Store statistics. {@code languages}: articles per detected language; {@code notCoded}: articles stored but not
     * coded because the coder does not read their language, the first {@link Extras#MAX_UNCODED} named in
     * {@code notCodedArticles}.
     */
    record Stats(long articles, long events, long eventMentions, long actorMentions, long actors, long outlets,
                 LocalDate firstDate, LocalDate lastDate, List<Count> quads, List<Count> modalities,
                 List<Count> countries, List<Run> runs, List<Count> languages, long notCoded,
                 List<ArticleRow> notCodedArticles) {
    }

    /** One article in a list: what it is, its language and tone, and whether (and how much) it was coded. */
    record ArticleRow(String id, String name, String title, String outlet, LocalDate date, String language,
                      Double tone, boolean coded, long events) {
    }

    record ArticleQuery(String language, Boolean coded, int limit, int offset) {
    }

    /** A labelled count, for the small breakdowns in {@link Stats}. */
    record Count(String key, String name, long count) {
    }

    /** One ingest run and the pipeline versions it used: where the data came from. */
    record Run(int run, String started, String entente, String actors, String coder, String inputs) {
    }

    /**
     * An actor the type-ahead offers. {@code rollup} is true for a bare country code, which stands for all of
     * that country's actors; {@code events} then counts them all.
     */
    record ActorHit(String code, String name, String country, String role, long events, long mentions,
                    boolean rollup) {
    }

    /**
     * One period of a dyad series: counts per QuadClass, mean Goldstein, net co-operation index with its 95 %
     * interval ({@link org.entente.relations.IndexInterval}: wide where few events stand behind it). Periods
     * without events are present (the time axis stays honest) with null goldstein, index and interval.
     */
    record Period(String period, LocalDate start, LocalDate end, long events, long q1, long q2, long q3, long q4,
                  Double goldstein, Double index, Double indexLow, Double indexHigh, boolean shift, Double tone) {
    }

    /** A shift: the period's index left the pair's normal range (z against the trailing window). */
    record Shift(String period, LocalDate start, String direction, double index, double baseline, double z,
                 long events, List<EventRow> evidence) {
    }

    /**
     * A dyad's series. {@code events} and {@code index} are the pair's totals under {@code counting}: the dated
     * periods plus {@code undated} events, which count (as in the ranking of pairs) but have no period.
     */
    record Series(String a, String b, String aName, String bName, String by, LocalDate from, LocalDate to,
                  long events, Double index, long undated, List<Period> periods, List<Shift> shifts,
                  Counting counting) {
    }

    record Pair(String a, String b, String aName, String bName, long events, long q1, long q2, long q3, long q4,
                double goldstein, double index, long mentions) {
    }

    /** Character offsets [start, end) of the actor, trigger and target inside the article's clean text. */
    record Evidence(int[] source, int[] verb, int[] target) {
    }

    /** An event (one happening, however many reports) with the evidence of its first mention. */
    record EventRow(String id, LocalDate date, String source, String target, String sourceName, String targetName,
                    String sourceCountry, String targetCountry, String code, String root, int quad, double goldstein,
                    String plover,
                    String modality, boolean historical, int mentions, int articles, int sources,
                    String articleId, String title, String outlet, int sentence, String text, int[] span,
                    Evidence evidence, Double tone, String language) {
    }

    /**
     * One mention of an event in one article: the evidence the event rests on, with the report's own code and
     * actors (a merged event keeps them), and why resolution grouped it with the event ({@code resolution}: the
     * shared fields and similarities; null for the report that started the event). {@code source}, {@code target}
     * and {@code evidence} are the report's own; {@code reversed}: the report tells the event the other way round
     * (its source is the event's target), as resolution merges both directions of symmetric events.
     */
    record Mention(String articleId, String article, String title, String outlet, String url, LocalDate date,
                   String modality, int sentence, String text, int[] span, Evidence evidence, String saidBy,
                   String pattern, String code, String source, String target, String resolution,
                   Double resolutionScore, Double tone, Double docTone, String language, boolean reversed) {
    }

    record EventDetail(EventRow event, List<Mention> mentions) {
    }

    record ActorSpan(int[] span, String text, String code, String name, String country, String role, String kind,
                     double confidence, String dictionary) {
    }

    record EventSpan(String id, int[] span, Evidence evidence, String source, String target, String sourceName,
                     String targetName, String code, int quad,
                     double goldstein, String modality, int sentence, boolean historical, String pattern) {
    }

    /**
     * One article with its spans. {@code matches}: every stored article the requested id names, this one first
     * (several when one JSONL id was given to different articles; each opens by its own {@code id});
     * {@code copies}: the other reports of the same text from other outlets (syndication), each counted as a report.
     */
    record ArticleDetail(String id, String name, String title, String url, String outlet, LocalDate date,
                         String author, String text, List<ActorSpan> actors, List<EventSpan> events,
                         String language, Double tone, boolean coded, List<org.entente.store.ArticleRef> matches,
                         List<org.entente.store.ArticleRef> copies) {
    }
}
