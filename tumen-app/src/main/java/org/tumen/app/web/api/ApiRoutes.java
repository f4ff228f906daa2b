package org.tumen.app.web.api;

import io.javalin.config.JavalinConfig;
import org.tumen.app.web.WebContext;

/** The REST API under {@code /api}. */
public final class ApiRoutes {
    private ApiRoutes() {}

    public static void register(JavalinConfig cfg, WebContext context) {
        cfg.routes.get("/api/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
    }
}
