package org.tumen.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfTest {
    @Test
    void whole_months_and_years_take_their_coarsest_form() {
        assertThat(Edtf.format(new Interval(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 30))))
                .isEqualTo("2022-11");
        assertThat(Edtf.format(Interval.year(2022))).isEqualTo("2022");
        assertThat(Edtf.format(Interval.day(LocalDate.of(2022, 11, 2)))).isEqualTo("2022-11-02");
    }

    @Test
    void both_ends_share_the_finest_precision_either_needs() {
        assertThat(Edtf.format(new Interval(LocalDate.of(2022, 10, 31), LocalDate.of(2022, 11, 6))))
                .isEqualTo("2022-10-31/2022-11-06");
        assertThat(Edtf.format(new Interval(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31))))
                .isEqualTo("2022-01/2022-03");
        assertThat(Edtf.format(new Interval(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31))))
                .isEqualTo("2017/2019");
    }

    @Test
    void an_open_end_is_written_as_two_dots() {
        assertThat(Edtf.format(new Interval(null, LocalDate.of(2020, 2, 29)))).isEqualTo("../2020-02");
        assertThat(Edtf.format(new Interval(LocalDate.of(2020, 1, 1), null))).isEqualTo("2020/..");
    }

    @Test
    void parsing_a_date_gives_all_its_days() {
        assertThat(Edtf.parse("2020-02")).isEqualTo(new Interval(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
        assertThat(Edtf.parse("../2020-02")).isEqualTo(new Interval(null, LocalDate.of(2020, 2, 29)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2022",
                "2022-11",
                "2022-11-02",
                "2022-10-31/2022-11-06",
                "../2020-02",
                "2021-09-15/2024-09-14",
                "2020/..",
                "2017/2019"
            })
    void formatting_what_was_parsed_gives_the_same_text(String edtf) {
        assertThat(Edtf.format(Edtf.parse(edtf))).isEqualTo(edtf);
    }

    @Test
    void text_outside_the_supported_subset_is_refused() {
        assertThatThrownBy(() -> Edtf.parse("2022-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edtf.parse("../..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edtf.parse("November 2022")).isInstanceOf(IllegalArgumentException.class);
    }
}
