package org.tumen.app.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.tumen.app.web.api.ApiRoutes;
import org.tumen.app.web.ui.UiRoutes;
import org.tumen.core.json.ExtractionJson;

/** One Javalin server: the REST API under {@code /api} and the browser UI beside it, over one {@link WebContext}. */
public final class WebServer implements AutoCloseable {
    /** The largest request body: a batch of reports (each text is held to the ingest limit of 5 MB on its own). */
    static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one) with no tokens: loopback only. */
    public static WebServer start(WebContext context, String host, int port) {
        return start(context, host, port, Tokens.none());
    }

    /**
     * Starts serving on {@code host:port}. Off loopback every request needs one of {@code tokens}.
     *
     * @throws IllegalArgumentException when {@code host} is off loopback and there are no tokens, or is unknown
     */
    public static WebServer start(WebContext context, String host, int port, Tokens tokens) {
        boolean loopback = checkAccess(host, tokens);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.jsonMapper(new JavalinJackson(ExtractionJson.MAPPER, false));
            Access.register(cfg, tokens, !loopback);
            ApiRoutes.register(cfg, context);
            UiRoutes.register(cfg, context);
        });
        app.start(host, port);
        return new WebServer(app);
    }

    /**
     * Whether {@code host} is a loopback address, where tokens are optional.
     *
     * @throws IllegalArgumentException when it is not and there are no tokens, or when it is unknown
     */
    public static boolean checkAccess(String host, Tokens tokens) {
        boolean loopback = isLoopback(host);
        if (!loopback && tokens.isEmpty())
            throw new IllegalArgumentException("refusing to serve on " + host + " without tokens: off loopback every"
                    + " request needs one; give --token-file FILE or set TUMEN_TOKENS (lines 'TOKEN read|analyst')");
        return loopback;
    }

    /** Whether {@code host} names a loopback address; auth is decided by the address the server binds. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown address to listen on: " + host);
        }
    }

    public int port() {
        return app.port();
    }

    /** The server itself, for tests that walk its routes. */
    public Javalin javalin() {
        return app;
    }

    @Override
    public void close() {
        app.stop();
    }
}
