package org.tumen.app.web;

import io.javalin.Javalin;
import org.tumen.app.web.api.ApiRoutes;
import org.tumen.app.web.ui.UiRoutes;

/** One Javalin server: the REST API under {@code /api} and the browser UI beside it, over one {@link WebContext}. */
public final class WebServer implements AutoCloseable {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one). */
    public static WebServer start(WebContext context, String host, int port) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            ApiRoutes.register(cfg, context);
            UiRoutes.register(cfg, context);
        });
        app.start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
