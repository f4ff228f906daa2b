package org.tumen.app.web.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import org.tumen.app.web.WebContext;

/**
 * The browser UI's pages, its static files and the libraries from WebJars.
 *
 * <p>Every response outside {@code /api} carries a Content-Security-Policy that allows scripts from this server
 * only (the pages have no inline script: data reaches the scripts as JSON in {@code application/json} blocks) and no
 * connections elsewhere, so nothing is fetched from another site and a report's markup could not run even if it
 * reached the page unescaped.
 */
public final class UiRoutes {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private UiRoutes() {}

    public static void register(JavalinConfig cfg, WebContext context) {
        cfg.staticFiles.enableWebjars();
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/org/tumen/app/web/ui/static";
            s.location = Location.CLASSPATH;
        });
        Ui ui = Ui.of(context);
        cfg.routes.before(UiRoutes::secure);
        cfg.routes.get("/", ctx -> DashboardPage.show(ui, ctx));
        cfg.routes.get("/timeline", ctx -> TimelinePage.show(ui, ctx));
        cfg.routes.get("/map", ctx -> MapPage.show(ui, ctx));
        cfg.routes.get("/events/{id}", ctx -> EventPage.show(ui, ctx));
        cfg.routes.get("/reports/{id}", ctx -> ReportPage.show(ui, ctx));
        cfg.routes.get("/search", ctx -> SearchPage.show(ui, ctx));
        cfg.routes.get("/entities", ctx -> EntityPage.list(ui, ctx));
        cfg.routes.get("/entities/find", ctx -> EntityPage.find(ui, ctx));
        cfg.routes.get("/entities/{id}", ctx -> EntityPage.show(ui, ctx));
        cfg.routes.get("/places", ctx -> PlacePage.list(ui, ctx));
        cfg.routes.get("/places/{name}", ctx -> PlacePage.show(ui, ctx));
        cfg.routes.get("/watch", ctx -> WatchPage.show(ui, ctx, null));
        cfg.routes.post("/watch", ctx -> WatchPage.add(ui, ctx));
        cfg.routes.post("/watch/{name}/delete", ctx -> WatchPage.remove(ui, ctx));
        cfg.routes.get("/ingest", ctx -> IngestPage.form(ui, ctx));
        cfg.routes.post("/ingest", ctx -> IngestPage.submit(ui, ctx));
    }

    /** Security headers on UI responses, and no cross-site form posts (a page elsewhere posting to this one). */
    static void secure(Context ctx) {
        if (ctx.path().startsWith("/api")) return;
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.method().name().equals("POST") && !sameOrigin(ctx.header("Origin"), ctx.host()))
            throw new ForbiddenResponse("cross-site form posts are refused");
    }

    /** No Origin header (an old browser, curl) passes; one from another host does not. */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null) return true;
        try {
            URI u = URI.create(origin);
            String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
