package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.Map;
import org.tumen.app.web.WebContext;

/** What every page handler needs: the shared services, the templates, and the UI's own caches. */
record Ui(WebContext context, Templates templates, PlaceCache places, UiIngest ingest) {
    static Ui of(WebContext context) {
        return new Ui(context, new Templates(), new PlaceCache(context), new UiIngest(context));
    }

    void page(Context ctx, String template, Object model) {
        templates.page(ctx, template, Map.of("m", model));
    }

    /** A 404 page in the layout, naming what was not found. */
    void notFound(Context ctx, String what) {
        ctx.status(404);
        page(ctx, "notfound.jte", what);
    }
}
