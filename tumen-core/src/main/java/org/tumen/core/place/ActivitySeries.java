package org.tumen.core.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A place's sightings in time order, and their counts by week or month. Each sighting keeps its event time, report
 * time and imagery-capture time apart; the buckets count by {@link Sighting#day()}, the event's own first day where
 * it has one.
 */
public record ActivitySeries(Place place, List<Sighting> sightings) {
    private static final Comparator<Sighting> ORDER = Comparator.comparing(
                    Sighting::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Sighting::id);

    public ActivitySeries {
        sightings = sightings.stream().sorted(ORDER).toList();
    }

    public enum Step {
        WEEK,
        MONTH;

        LocalDate start(LocalDate day) {
            return this == WEEK ? Edtf.week(day) : day.withDayOfMonth(1);
        }
    }

    /**
     * The sightings counted in one week (from its Monday) or month.
     *
     * @param start the Monday of the week or the first of the month
     */
    public record Bucket(LocalDate start, int crossings, int transfers, int statusChanges, List<String> eventIds) {
        public Bucket {
            eventIds = List.copyOf(eventIds);
        }

        public int traffic() {
            return crossings + transfers;
        }
    }

    /** The non-empty buckets, oldest first; undated sightings are left out. */
    public List<Bucket> buckets(Step step) {
        TreeMap<LocalDate, List<Sighting>> by = new TreeMap<>();
        for (Sighting s : sightings) {
            if (s.day() != null)
                by.computeIfAbsent(step.start(s.day()), k -> new ArrayList<>()).add(s);
        }
        List<Bucket> out = new ArrayList<>();
        by.forEach((start, ss) -> out.add(new Bucket(
                start,
                count(ss, "CROSSING"),
                count(ss, "TRANSFER"),
                count(ss, "STATUS_CHANGE"),
                ss.stream().map(Sighting::id).toList())));
        return out;
    }

    private static int count(List<Sighting> ss, String type) {
        return (int) ss.stream().filter(s -> s.type().equals(type)).count();
    }
}
