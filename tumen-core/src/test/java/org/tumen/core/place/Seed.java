package org.tumen.core.place;

import java.time.LocalDate;

/** The seed report's activity events as the store holds them (orlov-trotters, published 2022-11-06). */
final class Seed {
    static final LocalDate PUBLISHED = LocalDate.of(2022, 11, 6);

    private Seed() {}

    static ActivityEvent closure() {
        return ActivityEvent.builder("ev-closed", "STATUS_CHANGE")
                .role("actor", java.util.List.of("PRK"))
                .role("subject", "800m Tumangang Friendship Bridge")
                .role("state", "closed")
                .role("place", "Tumangang–Khasan Friendship Bridge")
                .when("2020-02")
                .account(
                        "seed",
                        PUBLISHED,
                        "ASSERTS",
                        "Pyongyang closed the 800m Tumangang Friendship Bridge, the"
                                + " only land link between the countries, in February 2020 during the Covid-19 pandemic.")
                .build();
    }

    static ActivityEvent trainTravelResumed() {
        return ActivityEvent.builder("ev-travel", "STATUS_CHANGE")
                .role("actor", java.util.List.of("RUS", "PRK"))
                .role("subject", "train travel")
                .role("state", "resumed")
                .when("2022-10-31/2022-11-06")
                .account(
                        "seed",
                        PUBLISHED,
                        "ASSERTS",
                        "It comes as Russia and North Korea restarted train travel"
                                + " for the first time in three years with the unusual shipment of luxury horses.")
                .build();
    }

    static ActivityEvent horsesByRail() {
        return ActivityEvent.builder("ev-horses", "TRANSFER")
                .role("supplier", "RUS")
                .role("recipient", "PRK")
                .role("item", "thoroughbred horses")
                .role("quantity", 30)
                .role("mode", "rail")
                .when("2022-10-31/2022-11-06")
                .account(
                        "seed",
                        PUBLISHED,
                        "ASSERTS",
                        "Trade between Russia and North Korea resumed for the first"
                                + " time since 2020 this week, with Moscow sending 30 thoroughbred horses by train.")
                .build();
    }

    static ActivityEvent trainCrossed() {
        return ActivityEvent.builder("ev-train", "CROSSING")
                .role("vehicle", "train")
                .role("item", "horses")
                .role("from", "RUS")
                .role("to", "PRK")
                .role("basis", "official")
                .when("2022-11-02")
                .account(
                        "seed",
                        PUBLISHED,
                        "ASSERTS",
                        "But on Wednesday, Russia’s veterinary service said a train"
                                + " had crossed the border into North Korea carrying horses.")
                .build();
    }

    static ActivityEvent railcarsOnImagery() {
        return ActivityEvent.builder("ev-railcars", "CROSSING")
                .role("vehicle", "railcars")
                .role("basis", "imagery")
                .when("2022-11-04")
                .account(
                        "seed",
                        PUBLISHED,
                        "ASSERTS",
                        "The 38 North project, which monitors North Korean"
                                + " developments, confirmed that satellite images showed a three-car set of enclosed railcars"
                                + " moved across the border on Friday and was parked next to another train.")
                .build();
    }

    static java.util.List<ActivityEvent> all() {
        return java.util.List.of(closure(), trainTravelResumed(), horsesByRail(), trainCrossed(), railcarsOnImagery());
    }
}
