package org.tumen.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumen.core.place.ActivitySeries.Step;
import org.tumen.core.place.PlaceSignal.Kind;

class ActivityDetectorTest {
    private final Gazetteer gazetteer = Gazetteer.load();
    private final Place bridge = gazetteer.byId("tumangang-khasan-bridge").orElseThrow();

    private List<PlaceSignal> signals(List<ActivityEvent> events, DetectionConfig config) {
        return PlaceActivity.of(gazetteer, events, config).signals(bridge);
    }

    @Test
    void the_seed_resumes_in_the_week_of_2022_10_31_after_the_closure_of_february_2020() {
        List<PlaceSignal> resumptions = signals(Seed.all(), DetectionConfig.DEFAULTS).stream()
                .filter(s -> s.kind() == Kind.RESUMPTION)
                .toList();

        assertThat(resumptions).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(LocalDate.of(2022, 10, 31));
            assertThat(s.week()).isEqualTo(LocalDate.of(2022, 10, 31));
            assertThat(s.since()).isEqualTo("2020-02");
            assertThat(s.sinceEventId()).isEqualTo("ev-closed");
            assertThat(s.reason())
                    .startsWith("First activity at Tumangang–Khasan Friendship Bridge since it was closed by the DPRK"
                            + " in February 2020, 32 months earlier: in the week of 2022-10-31, ");
            assertThat(s.eventIds()).containsExactlyInAnyOrder("ev-travel", "ev-horses", "ev-train", "ev-railcars");
            assertThat(s.key()).isEqualTo("resumption:tumangang-khasan-bridge:2022-10-31:2020-02");
        });
    }

    @Test
    void the_seed_raises_no_burst_for_a_week_that_is_a_resumption() {
        assertThat(signals(Seed.all(), DetectionConfig.DEFAULTS)).noneMatch(s -> s.kind() == Kind.BURST);
    }

    @Test
    void railcars_parked_next_to_another_train_are_a_co_location_with_the_imagery_date() {
        assertThat(signals(Seed.all(), DetectionConfig.DEFAULTS))
                .filteredOn(s -> s.kind() == Kind.CO_LOCATION)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.at()).isEqualTo(LocalDate.of(2022, 11, 4));
                    assertThat(s.eventIds()).containsExactly("ev-railcars");
                    assertThat(s.reason())
                            .isEqualTo("At Tumangang–Khasan Friendship Bridge on 2022-11-04: railcars crossed, parked"
                                    + " next to another train (imagery of 2022-11-04, reported 2022-11-06).");
                });
    }

    @Test
    void two_crossings_on_the_same_day_are_a_co_location() {
        List<PlaceSignal> found =
                signals(List.of(crossing("a", "2023-03-01"), crossing("b", "2023-03-01")), DetectionConfig.DEFAULTS);
        assertThat(found)
                .filteredOn(s -> s.kind() == Kind.CO_LOCATION)
                .singleElement()
                .satisfies(s -> assertThat(s.reason())
                        .startsWith("2 sightings at Tumangang–Khasan Friendship Bridge on 2023-03-01"));
    }

    @Test
    void traffic_after_more_than_the_configured_months_without_any_is_a_resumption_since_the_last() {
        var events = List.of(crossing("a", "2023-01-10"), crossing("b", "2023-08-15"));
        assertThat(signals(events, DetectionConfig.DEFAULTS)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.RESUMPTION);
            assertThat(s.since()).isEqualTo("2023-01-10");
            assertThat(s.reason()).contains("since its last activity in 10 January 2023");
        });
        assertThat(signals(events, DetectionConfig.DEFAULTS.withGapMonths(8))).isEmpty();
    }

    @Test
    void a_week_of_five_crossings_against_one_a_month_before_is_a_burst() {
        List<ActivityEvent> events = new ArrayList<>();
        for (int week = 0; week < 12; week += 4)
            events.add(crossing(
                    "base" + week, LocalDate.of(2023, 1, 2).plusWeeks(week).toString()));
        for (int day = 0; day < 5; day++)
            events.add(crossing(
                    "burst" + day, LocalDate.of(2023, 3, 27).plusDays(day).toString()));

        assertThat(signals(events, DetectionConfig.DEFAULTS))
                .filteredOn(s -> s.kind() == Kind.BURST)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.week()).isEqualTo(LocalDate.of(2023, 3, 27));
                    assertThat(s.eventIds()).hasSize(5);
                    assertThat(s.reason())
                            .startsWith("5 crossings and transfers at Tumangang–Khasan Friendship Bridge"
                                    + " in the week of 2023-03-27 against 0.25 a week in the 12 weeks before");
                });
    }

    @Test
    void a_denied_crossing_is_no_activity() {
        var denied = ActivityEvent.builder("ev-denied", "CROSSING")
                .role("vehicle", "train")
                .role("from", "RUS")
                .role("to", "PRK")
                .when("2022-12-01")
                .account("r", LocalDate.of(2022, 12, 2), "DENIES", "Moscow denied that a train crossed.")
                .build();
        assertThat(signals(List.of(Seed.closure(), denied), DetectionConfig.DEFAULTS))
                .isEmpty();
    }

    @Test
    void the_series_keeps_event_report_and_imagery_times_apart_and_counts_by_week() {
        ActivitySeries series = PlaceActivity.of(gazetteer, Seed.all(), DetectionConfig.DEFAULTS)
                .series(bridge);
        Sighting railcars = series.sightings().stream()
                .filter(s -> s.id().equals("ev-railcars"))
                .findFirst()
                .orElseThrow();
        assertThat(railcars.day()).isEqualTo(LocalDate.of(2022, 11, 4));
        assertThat(railcars.event().captured()).isEqualTo(LocalDate.of(2022, 11, 4));
        assertThat(railcars.event().reported()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(Seed.trainCrossed().captured()).isNull();

        assertThat(series.buckets(Step.WEEK))
                .extracting(b -> b.start() + " " + b.crossings() + "/" + b.transfers() + "/" + b.statusChanges())
                .containsExactly("2020-01-27 0/0/1", "2022-10-31 2/1/1");
        assertThat(series.buckets(Step.MONTH))
                .extracting(ActivitySeries.Bucket::start)
                .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2022, 10, 1), LocalDate.of(2022, 11, 1));
    }

    private static ActivityEvent crossing(String id, String day) {
        return ActivityEvent.builder(id, "CROSSING")
                .role("vehicle", "train")
                .role("from", "RUS")
                .role("to", "PRK")
                .when(day)
                .account("r-" + id, LocalDate.parse(day).plusDays(2), "ASSERTS", "A train crossed into North Korea.")
                .build();
    }
}
