package org.tumen.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.model.Event;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;

/** The seed's cases and the rules' direction, goods and date boundaries, on events built by hand. */
class SanctionsCheckerTest {
    private static final SanctionsChecker CHECKER = new SanctionsChecker();
    private static final LocalDate SEED_PUBLISHED = LocalDate.of(2022, 11, 6);

    private static Event transfer(String supplier, String recipient, String item, String hs, String when) {
        return transfer(supplier, recipient, item, hs, when, null);
    }

    private static Event transfer(
            String supplier, String recipient, String item, String hs, String when, List<String> declared) {
        Map<String, Object> roles = new HashMap<>();
        roles.put("supplier", supplier);
        roles.put("recipient", recipient);
        roles.put("item", item);
        roles.put("hs", hs);
        roles.put("declared_destination", declared);
        return new Event("e1", "TRANSFER", roles, when, "asserted", List.of(), new Span(0, 4, item));
    }

    private static Event crossing(String from, String to, String item) {
        Map<String, Object> roles = new HashMap<>();
        roles.put("vehicle", "train");
        roles.put("item", item);
        roles.put("from", from);
        roles.put("to", to);
        return new Event("e2", "CROSSING", roles, "2022-11-02", "asserted", List.of(), new Span(0, 5, "train"));
    }

    private static List<Flag> check(Event e) {
        return CHECKER.check(e, SEED_PUBLISHED);
    }

    private static Flag only(List<Flag> flags, String tag) {
        return flags.stream()
                .filter(f -> f.tag().equals(tag))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + tag + " in " + flags.stream().map(Flag::tag).toList()));
    }

    @Test
    void the_shells_are_an_arms_export_breach_citing_1718_and_1874() {
        List<Flag> flags = check(transfer("PRK", "RUS", "artillery shells", "9306", null));

        assertThat(SanctionsChecker.eventTags(flags)).containsExactly("UN-DPRK/arms-export");
        Flag arms = only(flags, "UN-DPRK/arms-export");
        assertThat(arms.severity()).isEqualTo("breach");
        assertThat(arms.citation()).isEqualTo("S/RES/1718 (2006) para 8(b); S/RES/1874 (2009) para 9");
        assertThat(arms.hsMatched()).isEqualTo("93");
        assertThat(arms.parties()).containsExactly("PRK", "RUS");
        assertThat(arms.dateTest()).startsWith("undated; reported on 2022-11-06");
        assertThat(arms.explanation())
                .startsWith("PRK supplying artillery shells (HS 9306) to RUS falls under UN-DPRK/arms-export")
                .contains("1718 (2006) para 8(b)");
    }

    @Test
    void the_shells_also_carry_the_national_arms_rules_in_detail_only() {
        List<Flag> flags = check(transfer("PRK", "RUS", "artillery shells", "9306", null));

        assertThat(flags)
                .extracting(Flag::tag)
                .contains("EU-DPRK/arms-embargo", "UK-DPRK/arms-embargo", "US-DPRK/arms");
        assertThat(only(flags, "US-DPRK/arms").severity()).isEqualTo("possible");
        assertThat(only(flags, "US-DPRK/arms").eventTag()).isFalse();
    }

    @Test
    void the_2022_horse_shipment_is_possibly_luxury_goods_naming_the_eu_and_uk_lists() {
        List<Flag> flags = check(transfer("RUS", "PRK", "thoroughbred horses", "0101", "2022-10-31/2022-11-06"));

        assertThat(SanctionsChecker.eventTags(flags)).containsExactly("UN-DPRK/luxury-goods");
        Flag un = only(flags, "UN-DPRK/luxury-goods");
        assertThat(un.severity()).isEqualTo("possible");
        assertThat(un.citation()).isEqualTo("S/RES/1718 (2006) para 8(a)(iii)");
        assertThat(un.explanation())
                .contains("Council Regulation (EU) 2017/1509")
                .contains("SI 2019/411")
                .contains("luxury goods schedule");
        assertThat(un.dateTest())
                .isEqualTo("2022-10-31/2022-11-06 falls on or after 2006-10-14, when the rule applies from");
        // Russia is neither an EU member nor the UK: the national lists are shown, for review only
        assertThat(only(flags, "EU-DPRK/luxury-goods").severity()).isEqualTo("review");
        assertThat(only(flags, "EU-DPRK/luxury-goods").explanation())
                .startsWith(
                        "RUS supplying thoroughbred horses (HS 0101) to PRK needs review under EU-DPRK/luxury-goods")
                .contains("RUS is outside it, so it applies only where one of those took part");
        assertThat(only(flags, "UK-DPRK/luxury-goods").explanation()).contains("GBP 250");
    }

    @Test
    void national_regimes_hold_for_their_own_states_and_only_for_review_outside_them() {
        List<Flag> german = check(transfer("DEU", "PRK", "thoroughbred horses", "010121", "2022-10"));
        List<Flag> russian = check(transfer("PRK", "RUS", "artillery shells", "9306", "2022-10"));
        List<Flag> company = check(transfer("PRK", "Ocean Star Trading", "artillery shells", "9306", "2022-10"));

        assertThat(only(german, "EU-DPRK/luxury-goods").severity()).isEqualTo("possible");
        assertThat(only(german, "EU-DPRK/luxury-goods").explanation()).doesNotContain("is outside it");
        assertThat(only(german, "UK-DPRK/luxury-goods").severity()).isEqualTo("review");
        assertThat(only(russian, "EU-DPRK/arms-embargo").severity()).isEqualTo("review");
        assertThat(only(russian, "UK-DPRK/arms-embargo").severity()).isEqualTo("review");
        // the UN binds every state and the US rules reach any trade: no jurisdiction test
        assertThat(only(russian, "UN-DPRK/arms-export").severity()).isEqualTo("breach");
        assertThat(only(russian, "US-DPRK/arms").explanation()).doesNotContain("is outside it");
        // a company's nationality is not known here: the rule stands, with whom it binds in words
        assertThat(only(company, "EU-DPRK/arms-embargo").severity()).isEqualTo("breach");
        assertThat(only(company, "EU-DPRK/arms-embargo").explanation()).contains("binds EU member states");
    }

    @Test
    void membership_has_dates_the_uk_in_the_eu_until_2020_and_croatia_from_2013() {
        Flag britishBefore =
                only(check(transfer("PRK", "GBR", "artillery shells", "9306", "2019-05")), "EU-DPRK/arms-embargo");
        Flag britishAfter =
                only(check(transfer("PRK", "GBR", "artillery shells", "9306", "2021-05")), "EU-DPRK/arms-embargo");
        Flag croatianBefore =
                only(check(transfer("PRK", "HRV", "artillery shells", "9306", "2010")), "EU-DPRK/arms-embargo");
        Flag croatianAfter =
                only(check(transfer("PRK", "HRV", "artillery shells", "9306", "2014")), "EU-DPRK/arms-embargo");

        assertThat(britishBefore.severity()).isEqualTo("breach");
        assertThat(britishAfter.severity()).isEqualTo("review");
        assertThat(croatianBefore.severity()).isEqualTo("review");
        assertThat(croatianAfter.severity()).isEqualTo("breach");
    }

    @Test
    void the_pre_pandemic_purchase_is_flagged_because_its_open_interval_ends_after_2006() {
        List<Flag> flags = check(transfer("RUS", "PRK", "horses", "0101", "../2020-02"));

        assertThat(SanctionsChecker.eventTags(flags)).containsExactly("UN-DPRK/luxury-goods");
        assertThat(only(flags, "UN-DPRK/luxury-goods").dateTest())
                .isEqualTo("../2020-02 ends 2020-02-29, on or after 2006-10-14, when the rule applies from,"
                        + " so at least part of it falls under the rule");
        // the UK schedule applies only after the Brexit transition; before it the EU list bound the UK
        assertThat(flags).extracting(Flag::tag).contains("EU-DPRK/luxury-goods").doesNotContain("UK-DPRK/luxury-goods");
    }

    @Test
    void the_2003_gift_of_horses_is_not_flagged() {
        assertThat(check(transfer("RUS", "PRK", "Orlov horses", "0101", "2003")))
                .isEmpty();
    }

    @Test
    void the_day_a_rule_applies_from_is_inside_and_the_day_before_is_not() {
        assertThat(check(transfer("RUS", "PRK", "horses", "0101", "2006-10-14")))
                .extracting(Flag::tag)
                .contains("UN-DPRK/luxury-goods");
        assertThat(check(transfer("RUS", "PRK", "horses", "0101", "2006-10-13")))
                .isEmpty();
    }

    @Test
    void an_undated_event_in_an_undated_report_is_flagged_but_no_longer_as_a_breach() {
        Flag arms = only(
                CHECKER.check(transfer("PRK", "RUS", "artillery shells", "9306", null), (LocalDate) null),
                "UN-DPRK/arms-export");
        assertThat(arms.severity()).isEqualTo("possible");
        assertThat(arms.dateTest()).contains("could not be tested");
    }

    @Test
    void refined_petroleum_to_the_dprk_is_for_review_with_the_cap_stated() {
        List<Flag> flags = check(transfer("RUS", "PRK", "refined petroleum products", "2710", "2019-05"));

        Flag f = only(flags, "UN-DPRK/sectoral");
        assertThat(f.severity()).isEqualTo("review");
        assertThat(f.citation()).contains("2375 (2017) para 14").contains("2397 (2017) paras 4-5");
        assertThat(f.explanation()).contains("a yearly cap of 500,000 barrels");
    }

    @Test
    void jet_fuel_to_the_dprk_is_a_breach_not_a_cap_question() {
        Flag f = only(check(transfer("RUS", "PRK", "jet fuel", "2710", "2019-05")), "UN-DPRK/sectoral");
        assertThat(f.severity()).isEqualTo("breach");
        assertThat(f.citation()).contains("2270 (2016) para 31");
    }

    @Test
    void coal_from_the_dprk_in_2018_is_a_breach_under_2371() {
        Flag f = only(check(transfer("PRK", "CHN", "coal", "2701", "2018-03")), "UN-DPRK/sectoral");
        assertThat(f.severity()).isEqualTo("breach");
        assertThat(f.citation()).contains("2371 (2017) para 8");
        assertThat(f.explanation()).contains("bans all DPRK exports of coal");
    }

    @Test
    void coal_from_the_dprk_in_2015_is_not_flagged() {
        assertThat(check(transfer("PRK", "CHN", "coal", "2701", "2015-06"))).isEmpty();
    }

    @Test
    void coal_to_the_dprk_is_not_an_export_ban_matter() {
        assertThat(check(transfer("CHN", "PRK", "coal", "2701", "2018-03"))).isEmpty();
    }

    @Test
    void arms_to_the_dprk_are_an_import_breach_and_arms_from_it_an_export_breach() {
        assertThat(SanctionsChecker.eventTags(check(transfer("RUS", "PRK", "missiles", null, "2023"))))
                .containsExactly("UN-DPRK/arms-import");
        assertThat(SanctionsChecker.eventTags(check(transfer("PRK", "RUS", "weapons, arms", null, "2023/2025-03-24"))))
                .containsExactly("UN-DPRK/arms-export");
    }

    @Test
    void weapons_between_other_states_are_not_flagged() {
        assertThat(check(transfer("USA", "UKR", "ATACMS missiles", "9306", "2024-06-23")))
                .isEmpty();
        assertThat(check(transfer("USA", "AUS", "weapons", null, null))).isEmpty();
    }

    @Test
    void goods_the_rules_do_not_name_are_not_flagged() {
        assertThat(check(transfer("CHN", "PRK", "rice", "1006", "2019"))).isEmpty();
    }

    @Test
    void a_heading_broader_than_the_listed_one_is_only_possible() {
        // 93 (arms) is the chapter; the small-arms rule of 2270 lists 9302 and others, but 1874 names 93 outright
        Flag f = only(check(transfer("RUS", "PRK", "munitions", "93", "2017")), "UN-DPRK/arms-import");
        assertThat(f.severity()).isEqualTo("breach");
        assertThat(only(check(transfer("RUS", "PRK", "horses", "0101", "2022")), "EU-DPRK/luxury-goods")
                        .explanation())
                .contains("the heading 0101 is broader than the listed 010121");
    }

    @Test
    void a_crossing_carrying_horses_into_the_dprk_is_checked() {
        List<Flag> flags = check(crossing("RUS", "PRK", "horses"));
        assertThat(only(flags, "UN-DPRK/luxury-goods").explanation()).startsWith("Moving horses from RUS to PRK");
    }

    @Test
    void a_crossing_without_goods_is_not_checked() {
        assertThat(check(crossing("RUS", "PRK", null))).isEmpty();
    }

    @Test
    void a_declared_destination_other_than_the_recipient_is_flagged_as_evasion_in_detail_only() {
        List<Flag> flags =
                check(transfer("PRK", "RUS", "artillery shells", "9306", null, List.of("Middle East", "North Africa")));

        Flag evasion = only(flags, "UN-DPRK/evasion");
        assertThat(evasion.explanation()).contains("declared for Middle East and North Africa but going to RUS");
        assertThat(evasion.verify()).isTrue();
        assertThat(SanctionsChecker.eventTags(flags)).containsExactly("UN-DPRK/arms-export");
    }

    @Test
    void a_sentence_that_says_the_destination_was_disguised_stands_in_for_a_declared_destination() {
        String text = "Pyongyang has been covertly supplying it with artillery shells. "
                + "\"The DPRK is supplying artillery shells, while obfuscating the real destination of the arms"
                + " shipments by trying to make it appear as though they're being sent to the Middle East,\" he said.";
        Report report = new Report("seed", "seed.txt", null, null, SEED_PUBLISHED, text);

        List<Flag> flags = CHECKER.check(transfer("PRK", "RUS", "artillery shells", "9306", null), report);
        assertThat(only(flags, "UN-DPRK/evasion").explanation()).contains("the destination was disguised");
        assertThat(CHECKER.check(transfer("RUS", "PRK", "horses", "0101", "2022"), report))
                .extracting(Flag::tag)
                .doesNotContain("UN-DPRK/evasion");
    }

    @Test
    void a_listed_party_is_flagged_through_the_screening_hook() {
        PartyScreen screen = name -> name.equals("KOMID")
                ? List.of(new PartyMatch(
                        "UN-DPRK",
                        "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                        "UN consolidated list KPe.001",
                        "S/RES/1718 (2006) para 8(d)",
                        0.97))
                : List.of();
        SanctionsChecker checker = new SanctionsChecker(RuleSet.defaults(), screen);

        List<Flag> flags = checker.check(transfer("KOMID", "IRN", "machine tools", "8456", "2019"), SEED_PUBLISHED);
        Flag listed = only(flags, "UN-DPRK/listed-party");
        assertThat(listed.explanation())
                .contains("KOREA MINING DEVELOPMENT TRADING CORPORATION")
                .contains("8(d)");
        assertThat(SanctionsChecker.eventTags(flags)).isEmpty();
    }

    @Test
    void apply_writes_the_tags_into_transfer_events_and_keeps_the_details_by_id() {
        Report report = new Report("seed", "seed.txt", null, null, SEED_PUBLISHED, "text");
        Event horses = transfer("RUS", "PRK", "horses", "0101", "2022-11");
        Event gift = transfer("RUS", "PRK", "Orlov horses", "0101", "2003").withId("e9");

        SanctionsChecker.Checked checked = CHECKER.apply(report, List.of(horses, gift));
        assertThat(checked.events().get(0).role("flags")).isEqualTo(List.of("UN-DPRK/luxury-goods"));
        assertThat(checked.events().get(1).role("flags")).isEqualTo(List.of());
        assertThat(checked.flags()).containsOnlyKeys("e1");
    }
}
