package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;

/**
 * {@code /timeline}: the most likely events (at most {@value #LIMIT}, optionally within dates or of a type) on a
 * vis timeline, coloured by status, with the likelihood as the fill's strength. Undated events are listed below it.
 */
public final class TimelinePage {
    static final int LIMIT = 500;

    public record Model(String json, List<EventCard> undated, int shown, String since, String until, String type) {}

    /** One timeline item; {@code end} is null for a single day. */
    record Item(
            String id,
            String label,
            String title,
            String type,
            LocalDate start,
            LocalDate end,
            String status,
            String likelihood,
            int band) {}

    private TimelinePage() {}

    static void show(Ui ui, Context ctx) {
        EventQuery.Builder q = EventQuery.builder().limit(LIMIT);
        String since = Params.date(ctx, "since", q::since);
        String until = Params.date(ctx, "until", q::until);
        String type = Params.text(ctx, "type");
        if (type != null) q.type(type.toUpperCase(java.util.Locale.ROOT));
        List<EventView> events = ui.context().store().events(q.build());
        List<Item> items = new ArrayList<>();
        List<EventCard> undated = new ArrayList<>();
        for (EventView e : events) {
            EventCard card = EventCard.of(e);
            When w = When.parse(e.when());
            if (w == null) {
                if (undated.size() < 50) undated.add(card);
                continue;
            }
            items.add(new Item(
                    e.id(),
                    card.shortTitle(),
                    card.title(),
                    card.typeLabel(),
                    w.start(),
                    w.end().equals(w.start()) ? null : w.end().plusDays(1),
                    card.status(),
                    card.likelihood(),
                    EventCard.band(card.probability(), card.likelihood())));
        }
        ui.page(
                ctx,
                "timeline.jte",
                new Model(SafeJson.of(Map.of("items", items)), undated, events.size(), since, until, type));
    }
}
