package org.tumen.app.web.api;

import io.javalin.http.Context;
import org.tumen.app.service.Places;
import org.tumen.app.web.WebContext;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.place.Place;

/** The watched places, and one place's activity with its signals as {@code tumen place --json} gives it. */
final class PlaceApi {
    private final WebContext web;

    PlaceApi(WebContext web) {
        this.web = web;
    }

    void list(Context ctx) {
        ctx.json(Json.array(web.places().gazetteer().all(), ExtractionJson.MAPPER::valueToTree));
    }

    void activity(Context ctx) {
        Place place = web.places().find(ctx.pathParam("name"));
        var step = Places.step(Params.text(ctx, "by") == null ? "week" : Params.text(ctx, "by"));
        int gap = Params.integer(ctx, "gap-months", 6, 1, 120);
        ctx.json(Places.report(web.placeActivity(gap), place).toJson(step));
    }
}
