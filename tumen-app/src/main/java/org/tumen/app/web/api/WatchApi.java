package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tumen.app.service.Instants;
import org.tumen.app.service.WatchJson;
import org.tumen.app.web.WebContext;
import org.tumen.core.watch.Alert;
import org.tumen.core.watch.AtomFeed;
import org.tumen.core.watch.Watchlist;

/** Watchlists (read, add, remove) and the alerts raised for them, as JSON or an Atom feed. */
final class WatchApi {
    static final int MAX_ALERTS = 100_000;

    private final WebContext web;

    WatchApi(WebContext web) {
        this.web = web;
    }

    void list(Context ctx) {
        ctx.json(Json.array(web.store().watches(), WatchJson::of));
    }

    /** A JSON object with the criteria of {@code tumen watch add}: name, party, place, goods, type, min_likelihood. */
    void add(Context ctx) {
        JsonNode body = Bodies.jsonObject(ctx);
        Watchlist w = Watchlist.named(field(body, "name"))
                .withParty(field(body, "party"))
                .withPlace(field(body, "place"))
                .withGoods(field(body, "goods"))
                .withType(field(body, "type"))
                .withMinLikelihood(field(body, "min_likelihood"));
        web.write(() -> {
            if (web.store().watches().stream().anyMatch(x -> x.name().equals(w.name())))
                throw new ConflictResponse("a watch named " + w.name() + " exists; remove it first");
            web.store().addWatch(w);
            return w;
        });
        ctx.status(HttpStatus.CREATED).json(WatchJson.of(w));
    }

    void remove(Context ctx) {
        String name = ctx.pathParam("name");
        if (!web.write(() -> web.store().removeWatch(name))) throw new NotFoundResponse("no watch named " + name);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void alerts(Context ctx) {
        ctx.json(Json.array(alerts(ctx, Params.integer(ctx, "limit", MAX_ALERTS, 1, MAX_ALERTS)), Alert::toJson));
    }

    void feed(Context ctx) {
        List<Alert> alerts = new ArrayList<>(alerts(ctx, Params.integer(ctx, "limit", MAX_ALERTS, 1, MAX_ALERTS)));
        ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeed.write(alerts.reversed(), Instant.now()));
    }

    private List<Alert> alerts(Context ctx, int limit) {
        Instant since;
        try {
            since = Instants.since(Params.text(ctx, "since"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("since: " + e.getMessage());
        }
        return web.store().alertsSince(since, limit);
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() && !v.isNumber()) throw new BadRequestResponse("'" + name + "' must be a string");
        return v.asText();
    }
}
