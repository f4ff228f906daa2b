package org.tumen.core.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.model.Flag;
import org.tumen.core.schema.Schema;

/**
 * The alert rules: a glorified function from the watches, what an ingest did to events and what places showed, to
 * the alerts that are due. It does not know which were raised before; the cause key does, where they are stored.
 *
 * <ul>
 *   <li>{@code new-event}: the ingest created an event the watch covers, likely enough;
 *   <li>{@code assessment-change}: an existing covered event's verdict changed and it is likely enough before or
 *       after (an analyst relying on it wants to hear that it dropped below the floor);
 *   <li>{@code flag}: the report's extraction flagged a covered, likely-enough event, one alert per rule tag;
 *   <li>{@code resumption}, {@code burst}: a place signal at a place the watch names (a watch without a place gets
 *       none: a signal has no party, goods or type to test).
 * </ul>
 */
public final class Alerter {
    private Alerter() {}

    public static List<Alert> alerts(
            List<Watchlist> watches, List<EventChange> changes, List<WatchSignal> signals, Instant now) {
        Map<String, Alert> out = new LinkedHashMap<>();
        for (Watchlist w : watches) {
            for (EventChange c : changes) forEvent(w, c, now).forEach(a -> out.putIfAbsent(a.causeKey(), a));
            for (WatchSignal s : signals) {
                if (!s.kind().equals("resumption") && !s.kind().equals("burst")) continue;
                if (w.place() == null || !w.coversPlace(s.place())) continue;
                String last = s.eventIds().isEmpty() ? null : s.eventIds().getLast();
                String key = String.join("|", s.kind(), w.name(), s.place().toLowerCase(Locale.ROOT), s.at());
                out.putIfAbsent(
                        key,
                        new Alert(AlertKind.of(s.kind()), w.name(), last, s.place(), s.reason(), s.at(), key, now));
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Alert> forEvent(Watchlist w, EventChange c, Instant now) {
        FusedEvent e = c.event();
        List<Alert> out = new ArrayList<>();
        if (!w.covers(e)) return out;
        String place = Watchlist.placeOf(e);
        if (c.created() && w.likelyEnough(c.after())) {
            String reason = "New " + describe(e) + ", " + likelihood(c.after()) + ": " + c.cause() + ".";
            out.add(alert(AlertKind.NEW_EVENT, w, e, place, reason, now, e.id()));
        } else if (!c.created()
                && c.before() != null
                && c.assessmentChanged()
                && (w.likelyEnough(c.before()) || w.likelyEnough(c.after()))) {
            String reason = "The assessment of " + describe(e) + " went from " + verdict(c.before()) + " to "
                    + verdict(c.after()) + ": " + c.cause() + ".";
            out.add(alert(AlertKind.ASSESSMENT_CHANGE, w, e, place, reason, now, e.id(), c.reportId()));
        }
        if (w.likelyEnough(c.after())) {
            for (Flag f : c.flags()) {
                String reason = capitalise(describe(e)) + " is flagged " + f.tag() + " (" + f.severity() + ", "
                        + f.citation() + "): " + stripStop(f.explanation()) + ".";
                out.add(alert(AlertKind.FLAG, w, e, place, reason, now, e.id(), f.tag()));
            }
        }
        return out;
    }

    private static Alert alert(
            AlertKind kind, Watchlist w, FusedEvent e, String place, String reason, Instant now, String... cause) {
        String key = kind.wire() + "|" + w.name() + "|" + String.join("|", cause);
        return new Alert(kind, w.name(), e.id(), place, reason, e.when(), key, now);
    }

    /** "border crossing RUS → PRK at Tumangang on 2022-11-02 (ev-…)". */
    static String describe(FusedEvent e) {
        StringBuilder s = new StringBuilder(Schema.get().event(e.type()).label().toLowerCase(Locale.ROOT));
        String from = first(e, "supplier", "from", "actor", "accuser", "denier");
        String to = first(e, "recipient", "to", "accused");
        if (from != null || to != null)
            s.append(' ').append(from == null ? "?" : from).append(" → ").append(to == null ? "?" : to);
        Object item = e.roles().get("item");
        if (item instanceof String i && !i.isBlank()) s.append(" (").append(i).append(')');
        String place = Watchlist.placeOf(e);
        if (place != null) s.append(" at ").append(place);
        if (e.when() != null) s.append(" on ").append(e.when());
        return s.append(" [").append(e.id()).append(']').toString();
    }

    private static String first(FusedEvent e, String... roles) {
        for (String r : roles) {
            Object v = e.roles().get(r);
            if (v instanceof String s && !s.isBlank()) return s;
            if (v instanceof List<?> l && !l.isEmpty())
                return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return null;
    }

    private static String likelihood(Assessment a) {
        return a == null ? "not assessed" : "assessed " + a.likelihood();
    }

    private static String verdict(Assessment a) {
        if (a == null) return "no claim in force";
        return "%s (%s%d, %d for, %d against)"
                .formatted(a.likelihood(), a.reliability(), a.credibility(), a.supporting(), a.contradicting());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
