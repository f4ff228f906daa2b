package org.tumen.app.web.ui;

import io.javalin.config.JavalinConfig;
import org.tumen.app.web.WebContext;

/** The browser UI's pages. */
public final class UiRoutes {
    private UiRoutes() {}

    public static void register(JavalinConfig cfg, WebContext context) {
        cfg.routes.get("/", ctx -> ctx.html("<!doctype html><title>Tumen</title><p>Tumen</p>"));
    }
}
