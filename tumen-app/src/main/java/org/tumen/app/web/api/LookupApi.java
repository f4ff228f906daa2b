package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tumen.app.service.Screening;
import org.tumen.app.service.SearchJson;
import org.tumen.app.web.WebContext;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.EntityQuery;
import org.tumen.store.EntityView;
import org.tumen.store.SourceView;
import org.tumen.store.search.SearchIndex;
import org.tumen.store.search.SearchResult;

/** Entities, sources, full-text search and name screening. */
final class LookupApi {
    private final WebContext web;

    LookupApi(WebContext web) {
        this.web = web;
    }

    void entities(Context ctx) {
        var query = new EntityQuery(
                Params.text(ctx, "kind"), Params.bool(ctx, "listed"), Params.integer(ctx, "limit", 1000, 1, 10_000));
        ctx.json(Json.array(web.store().entities(query), EntityView::toJson));
    }

    void sources(Context ctx) {
        ctx.json(Json.array(web.store().sources(), SourceView::toJson));
    }

    void search(Context ctx) {
        String q = Params.required(ctx, "q");
        SearchResult result = web.search().search(q, Params.integer(ctx, "limit", 20, 1, SearchIndex.MAX_LIMIT));
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("total", result.totalHits());
        n.put("exact", result.exact());
        n.set("hits", Json.array(result.hits(), h -> SearchJson.hit(h, web.store())));
        ctx.json(n);
    }

    void screen(Context ctx) {
        var matches = web.screening()
                .screen(
                        Params.required(ctx, "name"),
                        Params.text(ctx, "type"),
                        Params.text(ctx, "country"),
                        Params.integer(ctx, "limit", 10, 1, 100));
        ctx.json(Screening.json(matches));
    }
}
