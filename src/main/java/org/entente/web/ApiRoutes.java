package org.entente.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.events.Modality;

/** The REST endpoints under /api/: parse and validate parameters, ask {@link WebData}, answer JSON. */
final class ApiRoutes {
    static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year");
    static final List<String> LEVELS = List.of("country", "actor");
    static final int MAX_PAGE = 500;
    static final int MAX_ID = 200;

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
    }

    private static Params params(Context ctx, String... allowed) {
        return new Params(ctx.queryParamMap(), Set.of(allowed));
    }

    void stats(Context ctx) {
        params(ctx);
        ctx.json(data.stats());
    }

    void actors(Context ctx) {
        Params p = params(ctx, "q", "limit");
        ctx.json(data.actors(p.text("q"), p.integer("limit", 1, 100, 10)));
    }

    void relations(Context ctx) {
        Params p = params(ctx, "a", "b", "from", "to", "by", "modality");
        String a = p.code("a", true);
        String b = p.code("b", true);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        String by = p.choice("by", PERIODS, "month");
        Set<Modality> modalities = p.modalities("modality");
        ctx.json(data.relations(new WebData.RelationQuery(a, b, from, to, by, modalities)));
    }

    void pairs(Context ctx) {
        Params p = params(ctx, "from", "to", "level", "actor", "modality", "limit", "offset");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        ctx.json(data.pairs(new WebData.PairQuery(from, to, p.choice("level", LEVELS, "country"),
                p.code("actor", false), p.modalities("modality"), p.integer("limit", 1, MAX_PAGE, 50),
                p.integer("offset", 0, Integer.MAX_VALUE, 0))));
    }

    void events(Context ctx) {
        Params p = params(ctx, "actor", "country", "a", "b", "code", "root", "quad", "modality", "from", "to", "q",
                "limit", "offset");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to, "to");
        String a = p.code("a", false);
        String b = p.code("b", false);
        if (b != null && a == null) {
            throw ApiException.badParameter("a", "required when 'b' is given (a dyad needs both sides)");
        }
        ctx.json(data.events(new WebData.EventQuery(p.code("actor", false), p.country("country"), a, b,
                p.cameo("code", false), p.cameo("root", true), p.quads("quad"), p.modalities("modality"), from, to,
                p.text("q"), p.integer("limit", 1, MAX_PAGE, 50), p.integer("offset", 0, Integer.MAX_VALUE, 0))));
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

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw ApiException.badParameter("id", "must be 1 to " + MAX_ID + " characters");
        }
        return id;
    }
}
