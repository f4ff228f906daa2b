package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.tumen.app.cli.Views;
import org.tumen.app.service.EventTypes;
import org.tumen.app.web.WebContext;
import org.tumen.core.export.ExportFormat;
import org.tumen.core.export.Exporter;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.ClaimView;
import org.tumen.store.EventDetail;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;

/** Events: the list with the CLI's filters, one event in full, its claims, and the filtered events exported. */
final class EventApi {
    static final int MAX_LIMIT = 1000;
    static final int MAX_EXPORT = 100_000;

    private final WebContext web;

    EventApi(WebContext web) {
        this.web = web;
    }

    void list(Context ctx) {
        ctx.json(Json.array(web.store().events(query(ctx, MAX_LIMIT)), EventView::toJson));
    }

    void detail(Context ctx) {
        ctx.json(find(ctx).toJson());
    }

    void claims(Context ctx) {
        EventDetail d = find(ctx);
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("event", d.event().id());
        n.set("claims_for", Json.array(d.supporting(), ClaimView::toJson));
        n.set("claims_against", Json.array(d.against(), ClaimView::toJson));
        ctx.json(n);
    }

    void export(Context ctx) {
        Exporter exporter = ExportFormat.of(Params.required(ctx, "format")).exporter();
        var bundle = Views.bundle(
                web.store().events(query(ctx, MAX_EXPORT)), web.store().sources());
        ctx.header("Content-Disposition", "attachment; filename=\"tumen-events." + exporter.extension() + "\"");
        ctx.contentType(exporter.mediaType()).result(exporter.toString(bundle));
    }

    private EventDetail find(Context ctx) {
        String id = ctx.pathParam("id");
        return web.store().event(id).orElseThrow(() -> new NotFoundResponse("no event with id " + id));
    }

    /** The filters of {@code tumen events}, under the same names. */
    static EventQuery query(Context ctx, int maxLimit) {
        return EventQuery.builder()
                .type(EventTypes.parse(Params.text(ctx, "type")))
                .party(Params.text(ctx, "party"))
                .place(Params.text(ctx, "place"))
                .since(Params.date(ctx, "since"))
                .until(Params.date(ctx, "until"))
                .minLikelihood(Params.probability(ctx, "min-likelihood"))
                .limit(Params.integer(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, maxLimit))
                .offset(Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE))
                .build();
    }
}
