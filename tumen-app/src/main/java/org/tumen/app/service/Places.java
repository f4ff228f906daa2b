package org.tumen.app.service;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.tumen.core.place.ActivityEvent;
import org.tumen.core.place.ActivitySeries;
import org.tumen.core.place.DetectionConfig;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceActivity;

/** The watched places and their activity: {@code tumen place} and {@code GET /api/places/{name}}. */
public final class Places {
    private final Gazetteer gazetteer;

    public Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The one place {@code name} means (an id, name, alias or the start of one).
     *
     * @throws NoSuchElementException when nothing matches
     * @throws IllegalArgumentException when several places match, naming them
     */
    public Place find(String name) {
        var lookup = gazetteer.lookup(name);
        if (lookup.found().isPresent()) return lookup.found().get();
        if (lookup.matches().isEmpty()) throw new NoSuchElementException("no place named " + name);
        throw new IllegalArgumentException(name + " is ambiguous: "
                + lookup.matches().stream().map(Place::id).collect(Collectors.joining(", ")));
    }

    /** The activity of every place over these events, with gaps of {@code gapMonths} counting as resumptions. */
    public PlaceActivity activity(List<ActivityEvent> events, int gapMonths) {
        return PlaceActivity.of(gazetteer, events, DetectionConfig.DEFAULTS.withGapMonths(gapMonths));
    }

    /** One place's series and signals out of an activity. */
    public static PlaceReport report(PlaceActivity activity, Place place) {
        return new PlaceReport(place, activity.series(place), activity.signals(place));
    }

    /**
     * {@code week} or {@code month}, any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ActivitySeries.Step step(String by) {
        return switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "week" -> ActivitySeries.Step.WEEK;
            case "month" -> ActivitySeries.Step.MONTH;
            default -> throw new IllegalArgumentException("by is week or month, not " + by);
        };
    }
}
