package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.List;
import org.tumen.app.service.SearchJson;
import org.tumen.store.search.SearchHit;
import org.tumen.store.search.SearchResult;

/** {@code /search?q=}: reports and events in Lucene query syntax, 50 hits with their marked snippets. */
public final class SearchPage {
    private static final int LIMIT = 50;

    /** @param supersededBy the revision that replaced a report hit, or null */
    public record Hit(SearchHit hit, Snippet snippet, String supersededBy) {
        public String link() {
            return ("event".equals(hit.kind()) ? "/events/" : "/reports/") + hit.id();
        }
    }

    /** @param error the query's problem in words, or null */
    public record Model(String query, long total, boolean exact, List<Hit> hits, String error) {}

    private SearchPage() {}

    static void show(Ui ui, Context ctx) {
        String q = Params.text(ctx, "q");
        if (q == null) {
            ui.page(ctx, "search.jte", new Model("", 0, true, List.of(), null));
            return;
        }
        try {
            SearchResult r = ui.context().search().search(q, LIMIT);
            List<Hit> hits = r.hits().stream()
                    .map(h -> new Hit(
                            h,
                            Snippet.parse(h.snippet()),
                            SearchJson.supersededBy(h, ui.context().store())))
                    .toList();
            ui.page(ctx, "search.jte", new Model(q, r.totalHits(), r.exact(), hits, null));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            ui.page(ctx, "search.jte", new Model(q, 0, true, List.of(), e.getMessage()));
        }
    }
}
