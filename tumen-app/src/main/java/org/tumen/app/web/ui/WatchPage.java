package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.tumen.core.watch.Alert;
import org.tumen.core.watch.Watchlist;
import org.tumen.store.StoreException;

/**
 * {@code /watch}: the watchlists with a form to add one (as {@code tumen watch add}) and the latest
 * {@value #ALERTS} alerts.
 */
public final class WatchPage {
    private static final int ALERTS = 100;

    /** @param error why the last form was refused, or null */
    public record Model(List<Watchlist> watches, List<Alert> alerts, String error) {}

    private WatchPage() {}

    static void show(Ui ui, Context ctx, String error) {
        var store = ui.context().store();
        // alerts come oldest first from a time; the latest few are what a reader wants first
        List<Alert> recent = store.alertsSince(Instant.now().minus(java.time.Duration.ofDays(30)), 1000);
        List<Alert> alerts = recent.reversed().stream().limit(ALERTS).toList();
        ui.page(ctx, "watch.jte", new Model(store.watches(), alerts, error));
    }

    static void add(Ui ui, Context ctx) {
        try {
            ui.context()
                    .store()
                    .addWatch(new Watchlist(
                            form(ctx, "name"),
                            form(ctx, "party"),
                            form(ctx, "place"),
                            form(ctx, "goods"),
                            form(ctx, "type"),
                            form(ctx, "min_likelihood")));
            ctx.redirect("/watch");
        } catch (IllegalArgumentException | StoreException e) {
            ctx.status(400);
            show(ui, ctx, e.getMessage());
        }
    }

    static void remove(Ui ui, Context ctx) {
        ui.context().store().removeWatch(ctx.pathParam("name"));
        ctx.redirect("/watch");
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
