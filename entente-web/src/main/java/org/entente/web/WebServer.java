package org.entente.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP server: REST API under /api/, the OpenAPI document at /api/openapi.json and the static dashboard
 * (classpath folder {@code web/}) at /. Errors are always JSON without stack traces: 400 names the parameter,
 * 404 names what was not found, anything unexpected is logged here and answered with a plain 500.
 */
public final class WebServer implements AutoCloseable {
    /**
     * The dashboard loads only its own files and never runs inline script, so even if some article text slipped
     * past the DOM-building code as markup, the browser would refuse to execute it.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** The API's JSON: Jackson 2 (the project's), snake_case fields, ISO dates. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** Jetty's start-up chatter goes to stderr at INFO by default; warnings and errors are what an analyst needs. */
    public static void quietLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** Starts serving {@code data} on host:port (port 0 picks a free port), for loopback host names only. */
    public static WebServer start(WebData data, String host, int port) {
        return start(data, host, port, java.util.List.of());
    }

    /**
     * Starts serving {@code data} on host:port, answering requests whose {@code Host} is a loopback name, the
     * listening address or one of {@code allowedHosts} (403 otherwise; see {@link HostCheck}).
     */
    public static WebServer start(WebData data, String host, int port, java.util.Collection<String> allowedHosts) {
        quietLogs();
        HostCheck hosts = new HostCheck(host, allowedHosts);
        byte[] openApi = resource("web/openapi.json");
        ApiRoutes api = new ApiRoutes(data);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(mapper(), false));
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true; // POST /api/stats: the path exists, the method does not
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            api.register(config.routes);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                if (!hosts.allows(ctx.header("Host"))) {
                    throw ApiException.hostNotAllowed(ctx.header("Host"));
                }
            });
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(),
                    e.parameter()));
            config.routes.exception(org.entente.store.StoreException.class, (e, ctx) -> {
                System.err.println("entente serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
                error(ctx, 503, "the store is busy or unavailable (another process may hold it); try again", null);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("entente serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                error(ctx, 500, "internal error while answering this request (logged on the server)", null);
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    error(ctx, 404, "no such endpoint or file: " + Params.clip(ctx.path()), null);
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method " + Params.clip(ctx.method().name())
                    + " not allowed on " + Params.clip(ctx.path()) + " (the API answers GET)", null));
        });
        app.start(host, port);
        return new WebServer(app);
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        ctx.status(status).json(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
