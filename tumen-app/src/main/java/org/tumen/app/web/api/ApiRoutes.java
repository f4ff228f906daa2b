package org.tumen.app.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.tumen.app.web.WebContext;

/**
 * The REST API under {@code /api}, every route in one table; {@code /api/openapi.json} describes each of them (a test
 * holds the two together). Reading routes need a read token, writing ones an analyst token (see {@code Access}).
 */
public final class ApiRoutes {
    private ApiRoutes() {}

    /** One route: method, path (Javalin's {@code {param}} syntax, as in the OpenAPI document) and handler. */
    public record Route(String method, String path, Handler handler) {}

    public static List<Route> routes(WebContext context) {
        EventApi events = new EventApi(context);
        LookupApi lookup = new LookupApi(context);
        PlaceApi places = new PlaceApi(context);
        WatchApi watch = new WatchApi(context);
        ReportApi reports = new ReportApi(context);
        return List.of(
                get("/api/health", ctx -> ctx.json(Map.of("status", "ok"))),
                get("/api/openapi.json", OpenApi::serve),
                get("/api/stats", ctx -> ctx.json(context.store().stats())),
                get("/api/events", events::list),
                get("/api/events/{id}", events::detail),
                get("/api/events/{id}/claims", events::claims),
                get("/api/export", events::export),
                post("/api/reports", reports::ingest),
                get("/api/reports/{id}", reports::show),
                get("/api/entities", lookup::entities),
                get("/api/sources", lookup::sources),
                get("/api/search", lookup::search),
                get("/api/screen", lookup::screen),
                get("/api/places", places::list),
                get("/api/places/{name}", places::activity),
                get("/api/watchlists", watch::list),
                post("/api/watchlists", watch::add),
                new Route("DELETE", "/api/watchlists/{name}", watch::remove),
                get("/api/alerts", watch::alerts),
                get("/api/alerts/feed", watch::feed));
    }

    public static void register(JavalinConfig cfg, WebContext context) {
        for (Route r : routes(context))
            cfg.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), r.handler());
        ApiErrors.register(cfg);
    }

    private static Route get(String path, Handler h) {
        return new Route("GET", path, h);
    }

    private static Route post(String path, Handler h) {
        return new Route("POST", path, h);
    }
}
