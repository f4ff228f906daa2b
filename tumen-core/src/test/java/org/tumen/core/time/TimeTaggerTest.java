package org.tumen.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
    /** The seed report's publication date, a Sunday. */
    private static final LocalDate SUNDAY = LocalDate.of(2022, 11, 6);

    private final TimeTagger tagger = new TimeTagger();

    private TimeExpression only(String text) {
        List<TimeExpression> found = tagger.tag(text, SUNDAY);
        assertThat(found).as("expressions in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void this_week_is_the_iso_week_of_the_publication_date() {
        TimeExpression e = only("Russia shipped the horses this week.");
        assertThat(e.text()).isEqualTo("this week");
        assertThat(e.value()).isEqualTo("2022-W44");
        assertThat(e.edtf()).isEqualTo("2022-10-31/2022-11-06");
    }

    @Test
    void a_weekday_in_a_past_tense_report_is_the_most_recent_one() {
        assertThat(only("The train crossed the bridge on Wednesday.").edtf()).isEqualTo("2022-11-02");
        assertThat(only("The White House said on Friday that shells were shipped.")
                        .edtf())
                .isEqualTo("2022-11-04");
    }

    @Test
    void a_weekday_after_will_is_the_next_one() {
        assertThat(only("The delegation will arrive on Tuesday.").value()).isEqualTo("2022-11-08");
    }

    @Test
    void the_extent_leaves_the_preposition_outside_as_timeml_does() {
        TimeExpression e = only("The horses arrived on Oct. 4 by train.");
        assertThat(e.text()).isEqualTo("Oct. 4");
        assertThat(e.value()).isEqualTo("2022-10-04");
    }

    @Test
    void months_and_years_resolve_to_whole_months_and_years() {
        assertThat(only("The bridge was closed in February 2020.").edtf()).isEqualTo("2020-02");
        assertThat(only("Trade resumed in September.").edtf()).isEqualTo("2022-09");
        assertThat(only("The treaty was signed in 2003.").edtf()).isEqualTo("2003");
        assertThat(only("Sales grew in the 1990s.").value()).isEqualTo("199X");
    }

    @Test
    void full_dates_are_read_in_every_common_order() {
        assertThat(only("on November 6, 2022,").value()).isEqualTo("2022-11-06");
        assertThat(only("on 6 November 2022 the").value()).isEqualTo("2022-11-06");
        assertThat(only("dated 2022-11-06 in").value()).isEqualTo("2022-11-06");
    }

    @Test
    void before_the_pandemic_is_open_up_to_its_onset() {
        TimeExpression e = only("Before the pandemic, trains ran full");
        assertThat(e.text()).isEqualTo("Before the pandemic");
        assertThat(e.edtf()).isEqualTo("../2020-02");
    }

    @Test
    void since_opens_the_interval_after_its_date_but_stays_outside_the_extent() {
        TimeExpression e = only("The bridge has been closed since February 2020.");
        assertThat(e.text()).isEqualTo("February 2020");
        assertThat(e.value()).isEqualTo("2020-02");
        assertThat(e.edtf()).isEqualTo("2020-02/..");
    }

    @Test
    void between_two_years_dates_both_to_the_whole_range() {
        List<TimeExpression> found = tagger.tag("Exports rose between 2017 and 2019.", SUNDAY);
        assertThat(found).extracting(TimeExpression::edtf).containsExactly("2017/2019", "2017/2019");
    }

    @Test
    void relative_days_and_references() {
        assertThat(only("He said yesterday that").value()).isEqualTo("2022-11-05");
        assertThat(only("It is now closed").value()).isEqualTo("PRESENT_REF");
        assertThat(only("It recently reopened").value()).isEqualTo("PAST_REF");
        assertThat(only("last year").value()).isEqualTo("2021");
        assertThat(only("next month").value()).isEqualTo("2022-12");
    }

    @Test
    void earlier_this_month_dates_to_the_part_already_past() {
        TimeExpression e = only("The talks began earlier this month.");
        assertThat(e.value()).isEqualTo("2022-11");
        assertThat(e.edtf()).isEqualTo("2022-11-01/2022-11-06");
    }

    @Test
    void durations_get_timeml_values_and_no_interval() {
        assertThat(only("for five months").value()).isEqualTo("P5M");
        assertThat(only("took 48 hours").value()).isEqualTo("PT48H");
        TimeExpression e = only("for two years");
        assertThat(e.type()).isEqualTo(TimexType.DURATION);
        assertThat(e.value()).isEqualTo("P2Y");
        assertThat(e.interval()).isNull();
    }

    @Test
    void the_past_n_units_count_back_from_the_publication_date() {
        TimeExpression e =
                tagger.tag("in the last five months", LocalDate.of(2025, 3, 24)).get(0);
        assertThat(e.value()).isEqualTo("P5M");
        assertThat(e.edtf()).isEqualTo("2024-10-24/2025-03-24");
    }

    @Test
    void ago_dates_at_the_unit_of_the_count() {
        TimeExpression e = only("two years ago");
        assertThat(e.type()).isEqualTo(TimexType.DATE);
        assertThat(e.value()).isEqualTo("2020");
    }

    @Test
    void quarters_seasons_times_and_sets() {
        assertThat(only("profit in the third quarter fell").value()).isEqualTo("2022-Q3");
        assertThat(only("last summer").value()).isEqualTo("2022-SU");
        TimeExpression clock = only("at 10 a.m. the train left");
        assertThat(clock.type()).isEqualTo(TimexType.TIME);
        assertThat(clock.value()).isEqualTo("2022-11-06T10:00");
        assertThat(only("trains ran every Wednesday").value()).isEqualTo("XXXX-WXX-3");
    }

    @Test
    void counts_that_are_not_years_or_ages_are_not_tagged() {
        assertThat(tagger.tag("It paid $2000 for 1500 tons; a 6-year-old horse.", SUNDAY))
                .isEmpty();
    }

    @Test
    void lower_case_month_and_weekday_words_are_not_dates() {
        assertThat(tagger.tag("They may march on.", SUNDAY)).isEmpty();
    }
}
