package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tumen.store.ClaimView;
import org.tumen.store.EventDetail;
import org.tumen.store.ReportView;
import org.tumen.store.SourceView;
import org.tumen.store.Store;

/**
 * {@code /events/{id}}: an event's claims for and against, each with its source's reliability and its evidence
 * sentence marked inside the surrounding text of its report; the assessment and its reasons; the sanctions flags
 * with their citations.
 */
public final class EventPage {
    /** Claims shown with their report's text around the evidence; past this, the sentence alone. */
    private static final int WITH_CONTEXT = 20;

    private static final int CONTEXT_CHARS = 320;

    public record Model(EventCard card, EventDetail detail, List<Claim> supporting, List<Claim> against) {}

    /**
     * A claim as shown.
     *
     * @param reliability the source's Admiralty grade, or null when it has none yet
     * @param context the report's text around the evidence, marked; null when not read
     */
    public record Claim(
            ClaimView claim, String reliability, Highlight context, boolean cutBefore, boolean cutAfter, int[] at) {
        public String link() {
            return "/reports/" + claim.reportId() + "?highlight=" + at[0] + "-" + at[1] + "#evidence";
        }
    }

    private EventPage() {}

    static void show(Ui ui, Context ctx) {
        Store store = ui.context().store();
        Optional<EventDetail> found = store.event(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ui.notFound(ctx, "No event " + ctx.pathParam("id") + ".");
            return;
        }
        EventDetail d = found.get();
        Map<String, String> grades = new HashMap<>();
        for (SourceView s : store.sources()) grades.put(s.name(), s.reliability());
        Map<String, String> texts = new HashMap<>();
        int[] budget = {WITH_CONTEXT};
        List<Claim> supporting = d.supporting().stream()
                .map(c -> claim(store, c, grades, texts, budget))
                .toList();
        List<Claim> against = d.against().stream()
                .map(c -> claim(store, c, grades, texts, budget))
                .toList();
        ui.page(ctx, "event.jte", new Model(EventCard.of(d.event()), d, supporting, against));
    }

    private static Claim claim(
            Store store, ClaimView c, Map<String, String> grades, Map<String, String> texts, int[] budget) {
        String grade = grades.get(c.source());
        int[] stored = {c.evidence().begin(), c.evidence().end()};
        if (budget[0] <= 0) return new Claim(c, grade, null, false, false, stored);
        budget[0]--;
        String text = texts.computeIfAbsent(
                c.reportId(), id -> store.report(id).map(ReportView::text).orElse(""));
        int[] at = Evidence.locate(text, c.evidence());
        if (at == null) return new Claim(c, grade, null, false, false, stored);
        int from = Math.max(0, at[0] - CONTEXT_CHARS);
        int to = Math.min(text.length(), at[1] + CONTEXT_CHARS);
        Highlight h = Highlight.of(text.substring(from, to), at[0] - from, at[1] - from);
        return new Claim(c, grade, h, from > 0, to < text.length(), at);
    }
}
