package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tumen.app.web.ui.ErrorPages;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.StoreException;

/**
 * Failures as answers: {@code {"error": "...", "status": 400}} under {@code /api}; elsewhere a page in the UI's layout
 * for a browser (it asks for HTML) and a line of text for anything else; never a stack trace. A bad value (an unknown type, a malformed query) is the client's 400, a missing thing 404, a store
 * that cannot be reached 503, anything else 500 with the trace in the server's log only.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        cfg.routes.exception(NoSuchElementException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        cfg.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 503, "the store cannot be reached: " + e.getMessage());
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the server's log has the details");
        });
    }

    static void answer(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() ? "error " + status : message;
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
            ctx.json(n.put("error", text).put("status", status));
        } else if (String.valueOf(ctx.header("Accept")).contains("text/html")) {
            ctx.html(ErrorPages.html(status, text));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(text);
        }
    }
}
