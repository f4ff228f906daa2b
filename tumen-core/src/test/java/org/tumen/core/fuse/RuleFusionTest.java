package org.tumen.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.model.Event;
import org.tumen.core.model.Span;

class RuleFusionTest {
    final RuleFusion fusion = new RuleFusion();
    int n;

    Mention mention(String report, String type, String when, String status, List<String> sources, Object... roles) {
        Map<String, Object> r = new HashMap<>();
        for (int i = 0; i < roles.length; i += 2) r.put((String) roles[i], roles[i + 1]);
        Event e = new Event("e" + ++n, type, r, when, status, sources, new Span(0, 10, "evidence"));
        return new Mention(report, report, LocalDate.of(2022, 11, 6), "Outlet " + report, e);
    }

    Mention horses(String report, String when, String item, String hs) {
        return mention(
                report,
                "TRANSFER",
                when,
                "asserted",
                List.of(),
                "supplier",
                "RUS",
                "recipient",
                "PRK",
                "item",
                item,
                "hs",
                hs);
    }

    @Test
    void transfers_with_the_same_parties_and_hs_chapter_and_overlapping_time_are_one_happening() {
        FusedEvent f = fusion.start("F1", horses("a", "2022-10-31/2022-11-06", "thoroughbred horses", "0101"));
        assertThat(fusion.sameHappening(horses("b", "2022-11-03", "racehorses", "0101"), List.of(f)))
                .contains(f);
    }

    @Test
    void transfers_years_apart_are_different_happenings() {
        FusedEvent f = fusion.start("F1", horses("a", "2022-10-31/2022-11-06", "horses", "0101"));
        assertThat(fusion.sameHappening(horses("b", "2003", "Orlov horses", "0101"), List.of(f)))
                .isEmpty();
    }

    @Test
    void a_transfer_the_other_way_round_is_another_happening() {
        FusedEvent f = fusion.start("F1", horses("a", null, "horses", "0101"));
        Mention back = mention(
                "b",
                "TRANSFER",
                null,
                "asserted",
                List.of(),
                "supplier",
                "PRK",
                "recipient",
                "RUS",
                "item",
                "horses",
                "hs",
                "0101");
        assertThat(fusion.sameHappening(back, List.of(f))).isEmpty();
    }

    @Test
    void generic_weapons_agree_with_artillery_shells_but_horses_do_not() {
        FusedEvent shells = fusion.start(
                "F1",
                mention(
                        "a",
                        "TRANSFER",
                        null,
                        "alleged",
                        List.of("White House"),
                        "supplier",
                        "PRK",
                        "recipient",
                        "RUS",
                        "item",
                        "artillery shells",
                        "hs",
                        "9306"));
        Mention weapons = mention(
                "b", "TRANSFER", null, "alleged", List.of(), "supplier", "PRK", "recipient", "RUS", "item", "weapons");
        Mention horses = mention(
                "c", "TRANSFER", null, "asserted", List.of(), "supplier", "PRK", "recipient", "RUS", "item", "horses");
        assertThat(fusion.sameHappening(weapons, List.of(shells))).contains(shells);
        assertThat(fusion.sameHappening(horses, List.of(shells))).isEmpty();
    }

    @Test
    void join_keeps_the_most_precise_time_fills_missing_roles_and_adds_a_claim() {
        FusedEvent f = fusion.start("F1", horses("a", "2022-10-31/2022-11-06", "horses", "0101"));
        Mention b = mention(
                "b",
                "TRANSFER",
                "2022-11-02",
                "asserted",
                List.of("Russia’s veterinary service"),
                "supplier",
                "RUS",
                "recipient",
                "PRK",
                "item",
                "Orlov Trotters",
                "quantity",
                30,
                "mode",
                "rail");
        FusedEvent joined = fusion.join(f, b);
        assertThat(joined.when()).isEqualTo("2022-11-02");
        assertThat(joined.roles())
                .containsEntry("quantity", 30)
                .containsEntry("mode", "rail")
                .containsEntry("item", "horses");
        assertThat(joined.claims())
                .extracting(Claim::source)
                .containsExactly("Outlet a", "Russia’s veterinary service");
        assertThat(fusion.join(joined, b).claims()).hasSize(2);
    }

    @Test
    void an_allegation_is_a_hedged_assertion_and_an_uncertain_mention_doubts() {
        Mention alleged = new Mention(
                "r",
                "r",
                null,
                null,
                new Event(
                        "e1",
                        "TRANSFER",
                        Map.of("supplier", "PRK", "recipient", "RUS", "item", "shells"),
                        null,
                        "alleged",
                        List.of(),
                        new Span(0, 30, "Our information indicates that")));
        Claim c = fusion.start("F1", alleged).claims().getFirst();
        assertThat(c.stance()).isEqualTo(Stance.ASSERTS);
        assertThat(c.hedge()).isEqualTo("indicates");
        assertThat(c.source()).isEqualTo("report");
        Mention unsure =
                mention("s", "CROSSING", "2022-11-04", "uncertain", List.of("38 North"), "vehicle", "railcars");
        assertThat(fusion.start("F2", unsure).claims().getFirst())
                .extracting(Claim::stance, Claim::hedge)
                .containsExactly(Stance.DOUBTS, "uncertain");
    }

    @Test
    void crossings_agree_on_sides_or_else_on_the_vehicle() {
        FusedEvent train = fusion.start(
                "F1",
                mention(
                        "a",
                        "CROSSING",
                        "2022-11-02",
                        "asserted",
                        List.of(),
                        "vehicle",
                        "train",
                        "from",
                        "RUS",
                        "to",
                        "PRK"));
        FusedEvent railcars = fusion.start(
                "F2", mention("a", "CROSSING", "2022-11-04", "asserted", List.of(), "vehicle", "railcars"));
        Mention sameTrain =
                mention("b", "CROSSING", "2022-11-02", "asserted", List.of(), "vehicle", "freight train", "to", "PRK");
        Mention otherWay = mention(
                "b", "CROSSING", "2022-11-02", "asserted", List.of(), "vehicle", "train", "from", "PRK", "to", "RUS");
        Mention moreRailcars = mention("c", "CROSSING", null, "asserted", List.of(), "vehicle", "enclosed railcars");
        assertThat(fusion.sameHappening(sameTrain, List.of(railcars, train))).contains(train);
        assertThat(fusion.sameHappening(otherWay, List.of(train))).isEmpty();
        assertThat(fusion.sameHappening(moreRailcars, List.of(train, railcars))).contains(railcars);
    }

    @Test
    void status_changes_need_the_same_state_and_a_shared_subject_word() {
        FusedEvent closed = fusion.start(
                "F1",
                mention(
                        "a",
                        "STATUS_CHANGE",
                        "2020-02",
                        "asserted",
                        List.of(),
                        "subject",
                        "Tumangang Friendship Bridge",
                        "state",
                        "closed"));
        Mention again = mention(
                "b", "STATUS_CHANGE", "2020", "asserted", List.of(), "subject", "the bridge", "state", "closed");
        Mention reopened = mention(
                "c", "STATUS_CHANGE", "2020", "asserted", List.of(), "subject", "the bridge", "state", "reopened");
        assertThat(fusion.sameHappening(again, List.of(closed))).contains(closed);
        assertThat(fusion.sameHappening(reopened, List.of(closed))).isEmpty();
    }

    @Test
    void accusations_need_overlapping_accusers_and_accused() {
        FusedEvent f = fusion.start(
                "F1",
                mention(
                        "a",
                        "ACCUSE",
                        "2022-11-02",
                        "asserted",
                        List.of(),
                        "accuser",
                        List.of("USA"),
                        "accused",
                        List.of("PRK"),
                        "about",
                        "artillery shells"));
        Mention same = mention(
                "b",
                "ACCUSE",
                "2022-10-28/2022-11-03",
                "asserted",
                List.of(),
                "accuser",
                List.of("USA"),
                "accused",
                List.of("PRK", "RUS"));
        Mention other = mention(
                "c",
                "ACCUSE",
                "2022-11-02",
                "asserted",
                List.of(),
                "accuser",
                List.of("PRK"),
                "accused",
                List.of("USA"));
        assertThat(fusion.sameHappening(same, List.of(f))).contains(f);
        assertThat(fusion.sameHappening(other, List.of(f))).isEmpty();
    }

    @Test
    void denials_by_one_party_of_the_weapons_trade_and_of_arms_exports_are_one_denial() {
        FusedEvent f = fusion.start(
                "F1",
                mention(
                        "a",
                        "DENY",
                        "2022-09",
                        "asserted",
                        List.of(),
                        "denier",
                        List.of("PRK"),
                        "about",
                        "the weapons trade"));
        Mention same = mention(
                "b",
                "DENY",
                "2022-09",
                "asserted",
                List.of("KCNA"),
                "denier",
                List.of("PRK"),
                "about",
                "arms exports to Russia.");
        Mention russia = mention(
                "c", "DENY", "2022-09", "asserted", List.of(), "denier", List.of("RUS"), "about", "the weapons trade");
        assertThat(fusion.sameHappening(same, List.of(f))).contains(f);
        assertThat(fusion.sameHappening(russia, List.of(f))).isEmpty();
    }

    @Test
    void a_denial_of_arms_exports_denies_the_arms_transfer_and_the_accusation_but_not_the_horses() {
        FusedEvent shells = fusion.start(
                "F1",
                mention(
                        "a",
                        "TRANSFER",
                        "2022-11-02",
                        "alleged",
                        List.of("White House"),
                        "supplier",
                        "PRK",
                        "recipient",
                        "RUS",
                        "item",
                        "artillery shells",
                        "hs",
                        "9306"));
        FusedEvent accuse = fusion.start(
                "F2",
                mention(
                        "a",
                        "ACCUSE",
                        "2022-11-02",
                        "asserted",
                        List.of(),
                        "accuser",
                        List.of("USA"),
                        "accused",
                        List.of("PRK"),
                        "about",
                        "supply of weapons to RUS"));
        FusedEvent horses = fusion.start("F3", horses("a", "2022-10-31/2022-11-06", "horses", "0101"));
        FusedEvent oldShells = fusion.start(
                "F4",
                mention(
                        "a",
                        "TRANSFER",
                        "2010",
                        "asserted",
                        List.of(),
                        "supplier",
                        "PRK",
                        "recipient",
                        "RUS",
                        "item",
                        "shells"));
        Mention deny = mention(
                "b",
                "DENY",
                "2022-09",
                "asserted",
                List.of("North Korean Defence Ministry"),
                "denier",
                List.of("PRK"),
                "about",
                "arms exports to Russia");
        assertThat(fusion.denied(deny, List.of(shells, accuse, horses, oldShells)))
                .extracting(FusedEvent::id)
                .containsExactly("F1", "F2");
        Claim against = fusion.deny(shells, deny).claims().getLast();
        assertThat(against)
                .extracting(Claim::stance, Claim::source, Claim::status, Claim::reportId)
                .containsExactly(Stance.DENIES, "North Korean Defence Ministry", "denied", "b");
        assertThat(fusion.deny(fusion.deny(shells, deny), deny).claims()).hasSize(2);
    }

    @Test
    void a_denial_by_an_outsider_denies_nothing_and_an_unnamed_denier_is_the_party_itself() {
        FusedEvent shells = fusion.start(
                "F1",
                mention(
                        "a",
                        "TRANSFER",
                        null,
                        "alleged",
                        List.of(),
                        "supplier",
                        "PRK",
                        "recipient",
                        "RUS",
                        "item",
                        "artillery shells"));
        Mention china =
                mention("b", "DENY", null, "asserted", List.of(), "denier", List.of("CHN"), "about", "weapons trade");
        Mention russia = mention(
                "c", "DENY", null, "asserted", List.of(), "denier", List.of("RUS"), "about", "the weapons trade");
        assertThat(fusion.denied(china, List.of(shells))).isEmpty();
        assertThat(fusion.deny(shells, russia).claims().getLast().source()).isEqualTo("RUS");
    }

    @Test
    void a_batch_fuses_in_order_and_attaches_a_denial_read_before_the_claim() {
        Mention deny =
                mention("a", "DENY", "2022-09", "asserted", List.of(), "denier", List.of("PRK"), "about", "weapons");
        Mention shells1 = mention(
                "b",
                "TRANSFER",
                null,
                "alleged",
                List.of(),
                "supplier",
                "PRK",
                "recipient",
                "RUS",
                "item",
                "artillery shells");
        Mention shells2 = mention(
                "c", "TRANSFER", null, "alleged", List.of(), "supplier", "PRK", "recipient", "RUS", "item", "shells");
        List<FusedEvent> out = FusionBatch.fuse(List.of(deny, shells1, shells2), fusion, "F");
        assertThat(out).extracting(FusedEvent::id).containsExactly("F1", "F2");
        assertThat(out.get(1).claims())
                .extracting(Claim::stance)
                .containsExactly(Stance.ASSERTS, Stance.ASSERTS, Stance.DENIES);
    }

    @Test
    void times_that_cannot_be_read_or_are_absent_agree_with_any() {
        assertThat(RuleFusion.timesOverlap(null, "2022", 0)).isTrue();
        assertThat(RuleFusion.timesOverlap("soon", "2022", 0)).isTrue();
        assertThat(RuleFusion.timesOverlap("2022-09", "2022-11-02", 0)).isFalse();
        assertThat(RuleFusion.timesOverlap("2022-09", "2022-11-02", RuleFusion.DENIAL_WINDOW_DAYS))
                .isTrue();
        assertThat(RuleFusion.finer("../2020-02", "2019")).isEqualTo("2019");
        assertThat(RuleFusion.finer(null, "2019")).isEqualTo("2019");
    }
}
