package org.entente.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.events.model.Modality;

/** The REST endpoints under /api/: parse and validate parameters, ask {@link WebData}, answer JSON. */
final class ApiRoutes {
    static final List<String> PERIODS = List.of("day", "week", "month", "year");
    static final List<String> LEVELS = List.of("country", "actor");
    static final int MAX_PAGE = 500;
    static final int MAX_ID = 200;

    /** The query parameters each endpoint accepts; the OpenAPI document lists the same (a test checks). */
    static final Map<String, List<String>> PARAMS = Map.ofEntries(
            Map.entry("/api/stats", List.of()),
            Map.entry("/api/actors", List.of("q", "limit")),
            Map.entry("/api/relations", List.of("a", "b", "from", "to", "by", "modality")),
            Map.entry("/api/pairs", List.of("from", "to", "level", "actor", "modality", "limit", "offset")),
            Map.entry("/api/events", List.of("actor", "a", "b", "country", "code", "root", "quad", "modality", "from", "to", "q",
                    "historical", "limit", "offset")),
            Map.entry("/api/events/{id}", List.of()),
            Map.entry("/api/articles/{id}", List.of()),
            Map.entry("/api/articles", List.of("language", "coded", "limit", "offset")),
            Map.entry("/api/map", List.of("actor", "a", "b", "from", "to", "modality")),
            Map.entry("/api/changes", List.of("to", "months", "modality", "limit")),
            Map.entry("/api/openapi.json", List.of()));

    private final WebData data;

    ApiRoutes(WebData data) {
        this.data = data;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
        routes.get("/api/actors", this::actors);
        routes.get("/api/relations", this::relations);
        routes.get("/api/pairs", this::pairs);
        routes.get("/api/events", this::events);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/map", this::map);
        routes.get("/api/changes", this::changes);
        routes.get("/api/articles", this::articles);
    }

    /** The request's parameters, checked against what its endpoint accepts. */
    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap(), Set.copyOf(PARAMS.get(ctx.endpoint().path)));
    }

    void stats(Context ctx) {
        params(ctx);
        ctx.json(data.stats());
    }

    void actors(Context ctx) {
        Params p = params(ctx);
        ctx.json(data.actors(p.text("q"), p.integer("limit", 1, 100, 10)));
    }

    void relations(Context ctx) {
        Params p = params(ctx);
        String a = p.code("a", true);
        String b = p.code("b", true);
        if (a.equals(b)) {
            throw ApiException.badParameter("b", "must differ from 'a' (a relation needs two sides)");
        }
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        String by = p.choice("by", PERIODS, "month");
        Set<Modality> modalities = p.modalities("modality");
        ctx.json(data.relations(new WebData.RelationQuery(a, b, from, to, by, modalities)));
    }

    void pairs(Context ctx) {
        Params p = params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        ctx.json(data.pairs(new WebData.PairQuery(from, to, p.choice("level", LEVELS, "country"),
                p.code("actor", false), p.modalities("modality"), p.integer("limit", 1, MAX_PAGE, 50),
                p.integer("offset", 0, Integer.MAX_VALUE, 0))));
    }

    void events(Context ctx) {
        Params p = params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        String actor = p.code("actor", false);
        String a = p.code("a", false);
        String b = p.code("b", false);
        if (b != null && a == null) {
            throw ApiException.badParameter("a", "required when 'b' is given (a dyad needs both sides)");
        }
        if (a != null && b == null) {
            throw ApiException.badParameter("b", "required when 'a' is given; for one actor use 'actor'");
        }
        if (actor != null && a != null) {
            throw ApiException.badParameter("actor", "give either 'actor' or the dyad 'a' and 'b', not both");
        }
        String code = p.cameo("code", false);
        String root = p.cameo("root", true);
        if (code != null && root != null && !code.startsWith(root)) {
            throw ApiException.badParameter("code", "'" + code + "' is not under root '" + root + "'");
        }
        Set<Integer> quads = p.quads("quad");
        if (quads.size() > 1) {
            throw ApiException.badParameter("quad", "one QuadClass at a time (1, 2, 3 or 4)");
        }
        ctx.json(data.events(new WebData.EventQuery(actor, a, b, p.country("country"), code != null ? code : root, quads.isEmpty() ? null : quads.iterator().next(),
                p.modalities("modality"), from, to, p.text("q"), p.bool("historical", false),
                p.integer("limit", 1, MAX_PAGE, 50), p.integer("offset", 0, Integer.MAX_VALUE, 0))));
    }

    void event(Context ctx) {
        params(ctx);
        String id = id(ctx);
        ctx.json(data.event(id).orElseThrow(() -> ApiException.notFound("event", id)));
    }

    void article(Context ctx) {
        params(ctx);
        String id = id(ctx);
        ctx.json(data.article(id).orElseThrow(() -> ApiException.notFound("article", id)));
    }

    void map(Context ctx) {
        Params p = params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        String actor = p.code("actor", false);
        String a = p.code("a", false);
        String b = p.code("b", false);
        if ((a == null) != (b == null)) {
            throw ApiException.badParameter(a == null ? "a" : "b", "a dyad needs both 'a' and 'b'");
        }
        if (actor != null && a != null) {
            throw ApiException.badParameter("actor", "give either 'actor' or the dyad 'a' and 'b', not both");
        }
        ctx.json(data.map(new WebData.MapQuery(actor, a, b, from, to, p.modalities("modality"))));
    }

    void changes(Context ctx) {
        Params p = params(ctx);
        ctx.json(data.changes(new WebData.ChangeQuery(p.date("to"), p.integer("months", 1, 120, 3),
                p.modalities("modality"), p.integer("limit", 1, 100, 20))));
    }

    void articles(Context ctx) {
        Params p = params(ctx);
        String language = p.text("language");
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw ApiException.badParameter("language", "must be an ISO 639 code such as 'en' or 'es'");
        }
        String coded = p.choice("coded", List.of("true", "false", "any"), "any");
        ctx.json(data.articles(new WebData.ArticleQuery(language, coded.equals("any") ? null : Boolean.valueOf(coded),
                p.integer("limit", 1, MAX_PAGE, 50), p.integer("offset", 0, Integer.MAX_VALUE, 0))));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw ApiException.badParameter("id", "must be 1 to " + MAX_ID + " characters");
        }
        return id;
    }
}
