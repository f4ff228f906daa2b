package org.tumen.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.core.watch.WatchlistTest.ARMS;
import static org.tumen.core.watch.WatchlistTest.CROSSING;
import static org.tumen.core.watch.WatchlistTest.assessed;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumen.core.assess.Assessment;

class AlerterTest {
    static final Instant NOW = Instant.parse("2022-11-08T12:00:00Z");

    private static List<Alert> alerts(Watchlist w, EventChange c) {
        return Alerter.alerts(List.of(w), List.of(c), List.of(), NOW);
    }

    @Test
    void a_new_event_raises_new_event_not_assessment_change() {
        EventChange c =
                new EventChange(CROSSING, null, assessed("likely"), true, "r1", "first reported by Yonhap", List.of());

        assertThat(alerts(Watchlist.named("tk").withPlace("Tumangang"), c))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.NEW_EVENT);
                    assertThat(a.causeKey()).isEqualTo("new-event|tk|ev-1");
                    assertThat(a.reason())
                            .isEqualTo(
                                    "New border crossing RUS → PRK at Tumangang–Khasan rail bridge on 2022-11-02 [ev-1],"
                                            + " assessed likely: first reported by Yonhap.");
                });
    }

    @Test
    void a_drop_below_the_floor_is_still_told_to_whoever_relied_on_it() {
        Assessment denied = new Assessment(1, 1, "B", 3, "roughly even chance", 0.5, List.of());
        EventChange c = new EventChange(ARMS, assessed("likely"), denied, false, "r2", "denied by KCNA", List.of());

        List<Alert> out = alerts(Watchlist.named("arms").withGoods("93").withMinLikelihood("likely"), c);

        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.ASSESSMENT_CHANGE);
            assertThat(a.causeKey()).isEqualTo("assessment-change|arms|ev-2|r2");
            assertThat(a.reason())
                    .contains("went from likely (B2, 1 for, 0 against) to roughly even chance (B3, 1 for,"
                            + " 1 against): denied by KCNA.");
        });
    }

    @Test
    void the_same_verdict_with_other_words_raises_nothing() {
        Assessment a = assessed("likely");
        Assessment b = new Assessment(1, 0, "B", 2, "likely", 0.7, List.of("reworded"));
        assertThat(alerts(Watchlist.named("all"), new EventChange(ARMS, a, b, false, "r3", "", List.of())))
                .isEmpty();
    }

    @Test
    void signals_reach_only_watches_that_name_their_place_and_co_location_raises_none() {
        WatchSignal resumed = new WatchSignal(
                "resumption",
                "Tumangang",
                "2022-10-31/2022-11-06",
                "2020-02",
                "First traffic since 2020-02.",
                List.of("ev-1"));
        WatchSignal parked =
                new WatchSignal("co-location", "Tumangang", "2022-11-02", null, "Parked.", List.of("ev-1"));
        List<Watchlist> watches = List.of(Watchlist.named("tk").withPlace("Tumangang"), Watchlist.named("all"));

        List<Alert> out = Alerter.alerts(watches, List.of(), List.of(resumed, parked), NOW);

        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.RESUMPTION);
            assertThat(a.watch()).isEqualTo("tk");
            assertThat(a.event()).isEqualTo("ev-1");
            assertThat(a.causeKey()).isEqualTo("resumption|tk|tumangang|2022-10-31/2022-11-06");
        });
    }

    @Test
    void an_alert_id_is_stable_for_its_cause() {
        Alert a = new Alert(AlertKind.FLAG, "w", "ev", null, "r.", null, "flag|w|ev|T", NOW);
        Alert b = new Alert(AlertKind.FLAG, "w", "ev", null, "other words.", null, "flag|w|ev|T", NOW.plusSeconds(9));
        assertThat(a.id()).isEqualTo(b.id()).startsWith("al-").hasSize(23);
        assertThat(a.toJson().fieldNames())
                .toIterable()
                .containsExactly("id", "kind", "watch", "event", "place", "reason", "at", "raised");
    }
}
