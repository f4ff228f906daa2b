package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
    private static List<Mention> quantities(String text) {
        return MentionAssertions.of(DomainRecognizer.defaults().recognize(text), MentionKind.QUANTITY);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Moscow sent thirty horses.                   | thirty horses                   | 30      | null    | horse
            twenty-five mares arrived                    | twenty-five mares               | 25      | null    | mare
            a dozen tanks                                | a dozen tanks                   | 12      | null    | tank
            some 1,000 tonnes of coal                    | 1,000 tonnes of coal            | 1000    | tonnes  | coal
            2.5 million barrels of refined petroleum     | 2.5 million barrels of refined petroleum | 2500000 | barrels | refined petroleum
            500 tons were shipped                        | 500 tons                        | 500     | tonnes  | tonnes
            three hundred artillery shells               | three hundred artillery shells  | 300     | null    | artillery shell
            two trains crossed                           | two trains                      | 2       | null    | train
            5 stallions, 10 mares and 3 foals            | 5 stallions, 10 mares and 3 foals | 18    | null    | horse
            """)
    void counts_and_measures_of_goods(String text, String span, String value, String unit, String noun) {
        List<Mention> found = quantities(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(span);
            assertThat(m.code()).isEqualTo(value);
            assertThat(m.canonical()).isEqualTo(noun);
            MentionDetail.Quantity q = (MentionDetail.Quantity) m.detail();
            assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
            assertThat(q.unit()).isEqualTo(unit);
        });
    }

    @Test
    void vague_amounts_money_years_and_distances_are_not_counts() {
        assertThat(quantities("North Korea purchased dozens of Russian horses worth tens of thousands of dollars"))
                .isEmpty();
        assertThat(quantities("a significant number of artillery shells; hundreds of missiles"))
                .isEmpty();
        assertThat(quantities("$10 million of coal; 10 million dollars; in 2020 horses; the 800m bridge"))
                .isEmpty();
        assertThat(quantities("a three-car set of enclosed railcars during Covid-19 trains"))
                .isEmpty();
    }

    @Test
    void different_goods_joined_by_and_are_counted_apart() {
        assertThat(quantities("five horses and 25 shells"))
                .extracting(Mention::text, Mention::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("five horses", "5"),
                        org.assertj.core.groups.Tuple.tuple("25 shells", "25"));
    }

    @Test
    void a_number_with_two_decimal_points_is_no_quantity_and_no_failure() {
        // news-general.jsonl line 6808 has such a token; it once made the whole report fail
        assertThat(quantities("Section 1.2.3 lists 30 tonnes of coal"))
                .extracting(Mention::code)
                .containsExactly("30");
    }
}
