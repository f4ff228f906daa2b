package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WhenTest {
    @Test
    void days_months_years_weeks_and_intervals_become_first_and_last_days() {
        assertThat(When.parse("2022-11-02")).isEqualTo(new When(day("2022-11-02"), day("2022-11-02")));
        assertThat(When.parse("2022-09")).isEqualTo(new When(day("2022-09-01"), day("2022-09-30")));
        assertThat(When.parse("2020")).isEqualTo(new When(day("2020-01-01"), day("2020-12-31")));
        assertThat(When.parse("2022-W44")).isEqualTo(new When(day("2022-10-31"), day("2022-11-06")));
        assertThat(When.parse("2022-10-31/2022-11-06")).isEqualTo(new When(day("2022-10-31"), day("2022-11-06")));
        assertThat(When.parse("../2020-02")).isEqualTo(new When(day("2020-02-01"), day("2020-02-29")));
    }

    @Test
    void nothing_datable_has_no_place() {
        assertThat(When.parse(null)).isNull();
        assertThat(When.parse("soon")).isNull();
        assertThat(When.parse("2022-13")).isNull();
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }
}
