package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.tumen.store.ReportView;

/**
 * {@code /reports/{id}}: the report reader. {@code ?highlight=start-end} marks those characters of the text the store
 * holds (the offsets every evidence span is stored with), and the page lists the events the report has claims on.
 */
public final class ReportPage {
    public record Model(ReportView report, Highlight text, List<EventCard> events) {}

    private ReportPage() {}

    static void show(Ui ui, Context ctx) {
        Optional<ReportView> found = ui.context().store().report(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ui.notFound(ctx, "No report " + ctx.pathParam("id") + ".");
            return;
        }
        ReportView r = found.get();
        int[] range = Highlight.range(ctx.queryParam("highlight"));
        Highlight text =
                range == null ? Highlight.of(r.text(), null, null) : Highlight.of(r.text(), range[0], range[1]);
        List<EventCard> events = ui.context().store().reportEvents(r.id(), 50).stream()
                .map(EventCard::of)
                .toList();
        ui.page(ctx, "report.jte", new Model(r, text, events));
    }
}
