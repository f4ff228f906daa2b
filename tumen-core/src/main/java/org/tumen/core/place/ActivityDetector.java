package org.tumen.core.place;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads signals from a place's activity. Only sightings that some report still asserts and that carry their own
 * event time count: a date borrowed from the report could make a gap or a burst that never was.
 *
 * <ul>
 *   <li><b>resumption</b>: the first activity (a crossing, a transfer, or a reopening) after a closure or
 *       suspension of the place — however long the gap — or after {@code gapMonths} without any. It is dated to the
 *       first such activity, names the start of the gap (the closure's time, in words, and who closed it) and lists
 *       the activity of that first ISO week.
 *   <li><b>burst</b>: a week with at least {@code burstMinimum} crossings and transfers and at least
 *       {@code burstFactor} times the mean of the {@code baselineWeeks} weeks before it (empty weeks count as zero).
 *       A week whose baseline is empty is no burst (with history before it, that is a resumption; with none, there
 *       is nothing to burst against), and a week with a resumption is not also a burst.
 *   <li><b>co-location</b>: two or more sightings of traffic at the place on the same single day, or one whose
 *       sentence says it stood beside another vehicle ("parked next to another train").
 * </ul>
 */
public final class ActivityDetector {
    private static final Pattern BESIDE =
            Pattern.compile("(?i)\\b(?:parked|moored|docked|berthed|standing|stood|sat|sitting|stationed|waiting)?\\s*"
                    + "(?:next to|beside|alongside)\\s+(?:another|a second|other|a further)\\s+"
                    + "(trains?|ships?|vessels?|tankers?|railcars?|wagons?|trucks?|lorries|cars?)\\b");

    private final DetectionConfig config;

    public ActivityDetector(DetectionConfig config) {
        this.config = config;
    }

    public ActivityDetector() {
        this(DetectionConfig.DEFAULTS);
    }

    /** Every signal of the series, oldest first. */
    public List<PlaceSignal> detect(ActivitySeries series) {
        List<Sighting> counted = series.sightings().stream()
                .filter(s -> s.event().asserted() && s.eventDated())
                .toList();
        List<PlaceSignal> out = new ArrayList<>(resumptions(series.place(), counted));
        out.addAll(bursts(series.place(), counted, out));
        out.addAll(coLocations(series.place(), counted));
        out.sort(Comparator.comparing(PlaceSignal::at)
                .thenComparing(s -> s.kind().ordinal()));
        return out;
    }

    private List<PlaceSignal> resumptions(Place place, List<Sighting> ss) {
        List<PlaceSignal> out = new ArrayList<>();
        Sighting closure = null;
        Sighting last = null;
        for (int i = 0; i < ss.size(); i++) {
            Sighting s = ss.get(i);
            if (s.closes()) {
                if (closure == null) closure = s;
                continue;
            }
            if (!s.activity()) continue;
            boolean afterClosure = closure != null;
            boolean afterGap = last != null && months(last.day(), s.day()) >= config.gapMonths();
            if (afterClosure || afterGap) {
                Sighting from = afterClosure ? closure : last;
                List<Sighting> week = firstWeek(ss, i);
                out.add(new PlaceSignal(
                        PlaceSignal.Kind.RESUMPTION,
                        place,
                        s.day(),
                        s.when(),
                        from.when(),
                        resumptionReason(place, from, afterClosure, s, week),
                        week.stream().map(Sighting::id).toList(),
                        from.id()));
            }
            closure = null;
            last = s;
        }
        return out;
    }

    private static List<Sighting> firstWeek(List<Sighting> ss, int first) {
        LocalDate week = Edtf.week(ss.get(first).day());
        List<Sighting> out = new ArrayList<>();
        for (int j = first; j < ss.size() && Edtf.week(ss.get(j).day()).equals(week); j++) {
            if (ss.get(j).activity()) out.add(ss.get(j));
        }
        return out;
    }

    private static String resumptionReason(
            Place place, Sighting from, boolean closure, Sighting first, List<Sighting> week) {
        long months = months(from.day(), first.day());
        String gap = closure
                ? Phrases.closure(from)
                : "its last activity in " + Edtf.words(from.when()) + " (" + from.phrase() + ")";
        return "First activity at " + place.name() + " since " + gap + ", " + months
                + " months earlier: in the week of " + Edtf.week(first.day()) + ", " + listed(week) + ".";
    }

    private List<PlaceSignal> bursts(Place place, List<Sighting> ss, List<PlaceSignal> resumptions) {
        Map<LocalDate, List<Sighting>> weeks = new LinkedHashMap<>();
        for (Sighting s : ss) {
            if (s.traffic() && weekLong(s))
                weeks.computeIfAbsent(Edtf.week(s.day()), k -> new ArrayList<>())
                        .add(s);
        }
        List<PlaceSignal> out = new ArrayList<>();
        for (var w : weeks.entrySet()) {
            LocalDate week = w.getKey();
            int count = w.getValue().size();
            if (count < config.burstMinimum()) continue;
            if (resumptions.stream().anyMatch(r -> r.week().equals(week))) continue;
            LocalDate from = week.minusWeeks(config.baselineWeeks());
            int before = weeks.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(week))
                    .mapToInt(e -> e.getValue().size())
                    .sum();
            double mean = before / (double) config.baselineWeeks();
            if (before == 0 || count < config.burstFactor() * mean) continue;
            out.add(new PlaceSignal(
                    PlaceSignal.Kind.BURST,
                    place,
                    w.getValue().getFirst().day(),
                    week.toString() + "/" + week.plusDays(6),
                    from.toString(),
                    "%d crossings and transfers at %s in the week of %s against %.2f a week in the %d weeks before: %s."
                            .formatted(count, place.name(), week, mean, config.baselineWeeks(), listed(w.getValue())),
                    w.getValue().stream().map(Sighting::id).toList(),
                    null));
        }
        return out;
    }

    private List<PlaceSignal> coLocations(Place place, List<Sighting> ss) {
        Map<LocalDate, List<Sighting>> days = new LinkedHashMap<>();
        for (Sighting s : ss) {
            if (s.traffic()
                    && s.event().start() != null
                    && s.event().start().equals(s.event().end()))
                days.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(s);
        }
        List<PlaceSignal> out = new ArrayList<>();
        days.forEach((day, same) -> {
            List<String> beside = new ArrayList<>();
            for (Sighting s : same) {
                for (String sentence : s.event().sentences()) {
                    Matcher m = BESIDE.matcher(sentence);
                    if (m.find()) beside.add(s.phrase() + ", " + m.group().strip() + captured(s));
                }
            }
            if (same.size() < 2 && beside.isEmpty()) return;
            String reason = same.size() >= 2
                    ? "%d sightings at %s on %s: %s.".formatted(same.size(), place.name(), day, listed(same))
                    : "At %s on %s: %s.".formatted(place.name(), day, String.join("; ", beside));
            out.add(new PlaceSignal(
                    PlaceSignal.Kind.CO_LOCATION,
                    place,
                    day,
                    day.toString(),
                    null,
                    reason,
                    same.stream().map(Sighting::id).toList(),
                    null));
        });
        return out;
    }

    private static String captured(Sighting s) {
        LocalDate c = s.event().captured();
        LocalDate r = s.event().reported();
        if (c == null) return "";
        return " (imagery of " + c + (r == null ? "" : ", reported " + r) + ")";
    }

    /** A sighting that can be placed in one week: its time spans at most seven days. */
    private static boolean weekLong(Sighting s) {
        var e = s.event();
        return e.start() != null && e.end() != null && ChronoUnit.DAYS.between(e.start(), e.end()) < 7;
    }

    private static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
    }

    private static String listed(List<Sighting> ss) {
        List<String> phrases = ss.stream().map(Sighting::phrase).toList();
        if (phrases.size() <= 3) return String.join("; ", phrases);
        return String.join("; ", phrases.subList(0, 3)) + " and " + (phrases.size() - 3) + " more";
    }
}
