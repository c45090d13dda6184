package org.entente.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.relations.IndexInterval;
import org.entente.relations.PairSeries;
import org.entente.relations.PairSummary;
import org.entente.relations.PeriodPoint;
import org.entente.relations.Relations;
import org.entente.relations.ShiftDetector;
import org.entente.store.ActorCount;
import org.entente.store.ArticleView;
import org.entente.store.EventFilter;
import org.entente.store.EventSummary;
import org.entente.store.Store;
import org.entente.store.StoreStats;
import org.entente.store.StoredMention;

/**
 * {@link WebData} over an Entente {@link Store}: the store's own queries (event search, series with shifts,
 * rankings, article view), turned into the API's records. What the store does not offer — the evidence spans of
 * each listed event, breakdowns for the statistics — is read with {@link Extras} through the store's JDBC access.
 */
public final class StoreData implements WebData {
    private final Store store;
    private final boolean owned;
    private final Extras extras;
    private final MapQueries maps;
    // the answers every dashboard page asks for and the slowest, kept per store version (see VersionedCache)
    private final VersionedCache<ChangeQuery, ChangeList> changes = new VersionedCache<>(64);
    private final VersionedCache<String, Stats> stats = new VersionedCache<>(1);
    private final VersionedCache<RelationQuery, Series> series = new VersionedCache<>(256);

    /** Serves {@code store}; {@link #close} closes it only when {@code owned}. */
    public StoreData(Store store, boolean owned) {
        this.store = store;
        this.owned = owned;
        this.extras = new Extras(store);
        this.maps = new MapQueries(store);
    }

    @Override
    public Stats stats() {
        return stats.get(extras.storeVersion(), "stats", this::readStats);
    }

    private Stats readStats() {
        StoreStats s = store.stats();
        List<Run> runs = s.runs().stream().map(r -> new Run(r.runId(), r.started(), r.entente(), r.actors(), r.coder(),
                r.inputs())).toList();
        return new Stats(s.articles(), s.events(), s.eventMentions(), s.actorMentions(), extras.actorCount(),
                s.outlets(), s.firstDate(), s.lastDate(), extras.quads(), extras.modalities(), extras.countries(10),
                runs, extras.languages(), extras.uncodedCount(),
                extras.articles(new ArticleQuery(null, false, Extras.MAX_UNCODED, 0)).items());
    }

    @Override
    public List<ActorHit> actors(String query, int limit) {
        Map<String, ActorHit> hits = new LinkedHashMap<>();
        String q = query == null ? "" : query.trim();
        // countries first when the text names one: RUS stands for every Russian actor
        if (!q.isEmpty()) {
            Map<String, Long> rollups = extras.countryEvents();
            for (String c : Names.countriesNamed(q)) {
                long events = rollups.getOrDefault(c, 0L);
                if (events > 0) {
                    hits.putIfAbsent(c, new ActorHit(c, Names.country(c), c, null, events, 0, true));
                }
            }
        }
        for (ActorCount a : store.actors(q, limit * 2)) {
            if (!hits.containsKey(a.code())) {
                hits.put(a.code(), new ActorHit(a.code(), Names.actor(a.code(), a.name()), a.country(), a.role(),
                        a.events(), a.mentions(), false));
            }
        }
        return hits.values().stream()
                .sorted(Comparator.comparing(ActorHit::rollup).reversed()
                        .thenComparing(Comparator.comparingLong(ActorHit::events).reversed()))
                .limit(limit).toList();
    }

    @Override
    public Series relations(RelationQuery q) {
        return series.get(extras.storeVersion(), q, () -> readSeries(q));
    }

    private Series readSeries(RelationQuery q) {
        org.entente.relations.PairQuery pq = new org.entente.relations.PairQuery(q.a(), q.b(), q.from(), q.to(),
                org.entente.relations.Period.parse(q.by()), q.modalities(), true, false);
        PairSeries series = new Relations(store).seriesWithShifts(pq, ShiftDetector.standard());
        Set<LocalDate> shiftStarts = new java.util.HashSet<>();
        List<Shift> shifts = new ArrayList<>();
        for (org.entente.relations.Shift s : series.shifts()) {
            shiftStarts.add(s.period());
            shifts.add(new Shift(Periods.label(s.period(), q.by()), s.period(), s.direction(), round(s.index()),
                    round(s.baselineMean()), round(s.z()), s.events(), rows(s.evidence())));
        }
        Map<LocalDate, Double> tones = new Relations(store).toneSeries(pq);
        TreeMap<LocalDate, Period> filled = new TreeMap<>();
        long[] undated = new Relations(store).undated(pq);
        long q1 = undated[0], q2 = undated[1], q3 = undated[2], q4 = undated[3];
        for (PeriodPoint p : series.points()) {
            long[] c = p.quad();
            q1 += c[0]; q2 += c[1]; q3 += c[2]; q4 += c[3];
            double[] band = IndexInterval.of(p.cooperation(), p.events());
            filled.put(p.period(), new Period(Periods.label(p.period(), q.by()), p.period(),
                    Periods.next(p.period(), q.by()).minusDays(1), p.events(), c[0], c[1], c[2], c[3],
                    round(p.goldsteinMean()), round(p.index()), band == null ? null : round(band[0]),
                    band == null ? null : round(band[1]), shiftStarts.contains(p.period()),
                    tones.containsKey(p.period()) ? round(tones.get(p.period())) : null));
        }
        List<Period> periods = Periods.fill(filled, q.by(), q.from(), q.to());
        return new Series(q.a(), q.b(), Names.actor(q.a(), q.a()), Names.actor(q.b(), q.b()), q.by(), q.from(), q.to(),
                q1 + q2 + q3 + q4, Periods.index(q1, q2, q3, q4), undated[0] + undated[1] + undated[2] + undated[3],
                periods, shifts, Counting.of(org.entente.relations.Counting.of(pq)));
    }

    @Override
    public Page<Pair> pairs(PairQuery q) {
        boolean countries = "country".equals(q.level());
        org.entente.relations.PairQuery pq = new org.entente.relations.PairQuery(null, null, q.from(), q.to(),
                org.entente.relations.Period.MONTH, q.modalities(), countries, false);
        // a ranking is at most one row per pair that ever met: small enough to page in memory, and exact totals
        List<PairSummary> all = new Relations(store).topPairs(pq, Integer.MAX_VALUE);
        List<PairSummary> kept = q.actor() == null ? all : all.stream()
                .filter(p -> matches(p.a(), q.actor(), countries) || matches(p.b(), q.actor(), countries)).toList();
        List<Pair> items = kept.stream().skip(q.offset()).limit(q.limit()).map(p -> new Pair(p.a(), p.b(),
                Names.actor(p.a(), p.a()), Names.actor(p.b(), p.b()), p.events(), p.quad()[0], p.quad()[1],
                p.quad()[2], p.quad()[3], round(p.goldsteinMean()), round(p.index()), p.mentions())).toList();
        return new Page<>(kept.size(), q.limit(), q.offset(), items, Counting.of(org.entente.relations.Counting.of(pq)));
    }

    private static boolean matches(String code, String actor, boolean countries) {
        // country level: RUSGOV asks for Russia's pairs; actor level: RUS asks for every Russian actor's pairs
        return code != null && (countries ? actor.startsWith(code) : code.startsWith(actor));
    }

    @Override
    public Page<EventRow> events(EventQuery q) {
        EventFilter f = new EventFilter(q.actor() != null ? q.actor() : q.a(), q.b(), q.country(), q.code(), q.quad(),
                q.modalities(), q.from(), q.to(), q.text(), q.historical());
        org.entente.store.Page<EventSummary> page = store.searchEvents(f, q.offset(), q.limit());
        return new Page<>(page.total(), q.limit(), q.offset(), rows(page.items()));
    }

    @Override
    public Optional<EventDetail> event(String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();                  // not an event id at all: unknown, hence 404
        }
        return store.event(n).map(d -> {
            Map<String, Extras.MentionTone> tones = extras.mentionTones(n);
            return new EventDetail(rows(List.of(d.event())).get(0),
                    d.mentions().stream().map(m -> mention(m, tones.get(m.mention().articleId() + "#" + m.index()),
                                    d.event()))
                            .toList());
        });
    }

    @Override
    public Optional<ArticleDetail> article(String id) {
        return store.article(id).map(v -> article(v, extras.articleTone(v.article().id())));
    }

    @Override
    public Page<ArticleRow> articles(ArticleQuery q) {
        return extras.articles(q);
    }

    @Override
    public MapData map(MapQuery q) {
        return maps.map(q);
    }

    @Override
    public ChangeList changes(ChangeQuery q) {
        return changes.get(extras.storeVersion(), q, () -> rankChanges(q));
    }

    private ChangeList rankChanges(ChangeQuery q) {
        org.entente.relations.Changes changes = new org.entente.relations.Changes(store);
        LocalDate to = changes.end(q.to());
        LocalDate from = to == null ? null : to.minusMonths(q.months()).plusDays(1);
        List<org.entente.relations.Changes.Change> found = to == null ? List.of()
                : changes.recent(to, q.months(), q.modalities(), q.limit(), 3);
        List<Change> items = new ArrayList<>();
        for (org.entente.relations.Changes.Change c : found) {
            long coop = c.recent().quad()[0] + c.recent().quad()[1];
            double[] band = IndexInterval.of(coop, c.recent().events());
            items.add(new Change(c.a(), c.b(), Names.actor(c.a(), c.a()), Names.actor(c.b(), c.b()),
                    c.recent().events(), round(c.recent().index()), round(band[0]), round(band[1]),
                    c.before().events(), round(c.before().index()), round(c.delta()), round(c.z()),
                    c.delta() >= 0 ? "cooperation" : "conflict", rows(c.evidence())));
        }
        org.entente.relations.PairQuery pq = new org.entente.relations.PairQuery(null, null, from, to,
                org.entente.relations.Period.MONTH, q.modalities(), true, false);
        return new ChangeList(from, to, q.months(), items, Counting.of(org.entente.relations.Counting.of(pq)));
    }

    @Override
    public void close() {
        if (owned) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- conversions

    private List<EventRow> rows(List<EventSummary> events) {
        Map<Long, Extras.FirstMention> first = extras.firstMentions(events);
        List<EventRow> out = new ArrayList<>(events.size());
        for (EventSummary e : events) {
            Extras.FirstMention m = first.get(e.id());
            out.add(new EventRow(Long.toString(e.id()), e.date(), e.source(), e.target(),
                    Names.actor(e.source(), e.source()), Names.actor(e.target(), e.target()), e.sourceCountry(),
                    e.targetCountry(), e.code(), e.root(), e.quad(), e.goldstein(), e.plover(), e.modality(),
                    e.historical(), e.numMentions(), e.numArticles(), e.numSources(), e.articleId(),
                    m == null ? null : m.title(), m == null ? null : m.outlet(), e.sentence(), e.text(),
                    m == null ? null : m.span(), m == null ? null : m.evidence(), m == null ? null : m.tone(),
                    m == null ? null : m.language()));
        }
        return out;
    }

    private static Mention mention(StoredMention s, Extras.MentionTone t, EventSummary e) {
        EventMention m = s.mention();
        boolean reversed = org.entente.store.Orientation.reversed(
                org.entente.store.Orientation.key(m.source(), m.sourceCountry()),
                org.entente.store.Orientation.key(e.source(), e.sourceCountry()),
                org.entente.store.Orientation.key(e.target(), e.targetCountry()));
        return new Mention(m.articleId(), m.article(), s.title(), s.outlet(), s.url(),
                s.published() != null ? s.published() : m.date(), m.modality().label(), m.sentence(), m.text(),
                span(m.span()), evidence(m), m.saidBy(), m.pattern(), m.code(), m.source(), m.target(),
                s.resolution(), s.resolutionScore(), t == null ? null : t.tone(), t == null ? null : t.docTone(),
                t == null ? null : t.language(), reversed);
    }

    private static ArticleDetail article(ArticleView v, Double tone) {
        org.entente.ingest.Article a = v.article();
        List<ActorSpan> actors = new ArrayList<>();
        for (ActorMention m : v.actors()) {
            actors.add(new ActorSpan(new int[] {m.start(), m.end()}, m.text(), m.code(), Names.actor(m.code(), m.code()),
                    m.country(), m.role(),
                    m.kind(), m.confidence(), m.source()));
        }
        List<EventSpan> events = new ArrayList<>();
        for (StoredMention s : v.events()) {
            EventMention m = s.mention();
            events.add(new EventSpan(Long.toString(s.eventId()), span(m.span()), evidence(m), m.source(), m.target(),
                    Names.actor(m.source(), m.source()), Names.actor(m.target(), m.target()), m.code(), m.quad(), m.goldstein(), m.modality().label(), m.sentence(), m.historical(),
                    m.pattern()));
        }
        return new ArticleDetail(a.id(), a.name(), a.title(), a.url(), a.outlet(), a.date(), a.author(), a.text(),
                actors, events, a.language(), tone == null ? null : round(tone),
                org.entente.pipeline.Pipeline.reads(a.language()), v.matches(), v.copies());
    }

    static Evidence evidence(EventMention m) {
        return new Evidence(span(m.sourceSpan()), span(m.verbSpan()), span(m.targetSpan()));
    }

    static int[] span(org.entente.events.model.Span s) {
        return s == null ? null : new int[] {s.start(), s.end()};
    }

    static double round(double x) {
        return Double.isNaN(x) ? 0 : Math.round(x * 1000.0) / 1000.0;
    }
}
