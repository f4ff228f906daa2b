package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.core.recognise.MentionAssertions.first;
import static org.tumen.core.recognise.MentionAssertions.of;
import static org.tumen.core.recognise.MentionAssertions.texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DomainRecognizerTest {
    private static final String SEED = SeedText.orlovTrotters();
    private static final List<Mention> MENTIONS = DomainRecognizer.defaults().recognize(SEED);

    @Test
    void moscow_is_russia_named_by_its_capital() {
        Mention m = first(MENTIONS, MentionKind.COUNTRY, "Moscow");
        assertThat(m.code()).isEqualTo("RUS");
        assertThat(m.canonical()).isEqualTo("Russia");
        assertThat(m.detail()).isEqualTo(new MentionDetail.Country(CountryForm.CAPITAL, null));
        assertThat(SEED.substring(m.begin(), m.end())).isEqualTo("Moscow");
    }

    @Test
    void pyongyang_is_north_korea_named_by_its_capital() {
        Mention m = first(MENTIONS, MentionKind.COUNTRY, "Pyongyang");
        assertThat(m.code()).isEqualTo("PRK");
        assertThat(((MentionDetail.Country) m.detail()).form()).isEqualTo(CountryForm.CAPITAL);
    }

    @Test
    void north_korean_defence_ministry_is_a_state_organ_of_north_korea() {
        Mention m = first(MENTIONS, MentionKind.COUNTRY, "North Korean Defence Ministry");
        assertThat(m.code()).isEqualTo("PRK");
        assertThat(m.detail()).isEqualTo(new MentionDetail.Country(CountryForm.STATE_ORGAN, "Defence Ministry"));
    }

    @Test
    void russias_veterinary_service_is_a_state_organ_of_russia() {
        Mention m = first(MENTIONS, MentionKind.COUNTRY, "Russia’s veterinary service");
        assertThat(m.code()).isEqualTo("RUS");
        assertThat(m.detail()).isEqualTo(new MentionDetail.Country(CountryForm.STATE_ORGAN, "veterinary service"));
    }

    @Test
    void the_white_house_is_the_united_states_seat_of_government() {
        Mention m = first(MENTIONS, MentionKind.COUNTRY, "White House");
        assertThat(m.code()).isEqualTo("USA");
        assertThat(SEED.substring(m.begin() - 4, m.end())).isEqualTo("The White House");
        assertThat(((MentionDetail.Country) m.detail()).form()).isEqualTo(CountryForm.SEAT_OF_GOVERNMENT);
    }

    @Test
    void capital_us_is_the_united_states_but_the_pronoun_us_is_not() {
        assertThat(of(MENTIONS, MentionKind.COUNTRY).stream()
                        .filter(m -> m.text().equals("US"))
                        .map(Mention::code))
                .hasSize(3)
                .containsOnly("USA");
        // the seed has no lower-case "us", so the pronoun is checked in a sentence of its own
        List<Mention> found = DomainRecognizer.defaults().recognize("He told us that the US would not let us go.");
        assertThat(of(found, MentionKind.COUNTRY))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("US"));
    }

    @Test
    void the_dprk_kcna_and_the_biden_administration_are_recognised() {
        assertThat(first(MENTIONS, MentionKind.COUNTRY, "DPRK").code()).isEqualTo("PRK");
        assertThat(first(MENTIONS, MentionKind.COUNTRY, "KCNA").detail())
                .isEqualTo(new MentionDetail.Country(CountryForm.STATE_MEDIA, "KCNA"));
        assertThat(first(MENTIONS, MentionKind.COUNTRY, "Biden administration").code())
                .isEqualTo("USA");
    }

    @Test
    void thirty_thoroughbred_horses_are_goods_of_heading_0101_counted_30() {
        Mention goods = first(MENTIONS, MentionKind.GOODS, "thoroughbred horses");
        assertThat(goods.code()).isEqualTo("0101");
        assertThat(goods.canonical()).isEqualTo("thoroughbred horse");
        Mention quantity = first(MENTIONS, MentionKind.QUANTITY, "30 thoroughbred horses");
        assertThat(quantity.code()).isEqualTo("30");
        assertThat(quantity.canonical()).isEqualTo("thoroughbred horse");
        assertThat(quantity.detail())
                .isEqualTo(new MentionDetail.Quantity(BigDecimal.valueOf(30), null, "thoroughbred horse", "0101"));
        assertThat(quantity.begin()).isLessThan(goods.begin());
        assertThat(quantity.end()).isEqualTo(goods.end());
    }

    @Test
    void artillery_shells_are_munitions_of_heading_9306() {
        Mention m = first(MENTIONS, MentionKind.GOODS, "artillery shells");
        assertThat(m.code()).isEqualTo("9306");
        assertThat(m.canonical()).isEqualTo("artillery shell");
        assertThat(DomainRecognizer.defaults().goods().hsDescription(m.code()))
                .hasValueSatisfying(d -> assertThat(d).contains("munitions of war"));
    }

    @Test
    void five_stallions_and_25_mares_are_one_quantity_of_30_horses() {
        Mention m = first(MENTIONS, MentionKind.QUANTITY, "five stallions and 25 mares");
        assertThat(m.code()).isEqualTo("30");
        assertThat(m.canonical()).isEqualTo("horse");
        assertThat(((MentionDetail.Quantity) m.detail()).hs()).isEqualTo("0101");
        assertThat(texts(MENTIONS, MentionKind.GOODS)).contains("stallions", "mares");
    }

    @Test
    void dozens_of_horses_and_a_significant_number_of_shells_have_no_count() {
        assertThat(texts(MENTIONS, MentionKind.QUANTITY))
                .containsExactly("30 thoroughbred horses", "five stallions and 25 mares");
    }

    @Test
    void train_and_railcars_are_rail_vehicles() {
        Mention train = first(MENTIONS, MentionKind.VEHICLE, "train");
        assertThat(train.code()).isEqualTo("rail");
        assertThat(train.detail()).isEqualTo(new MentionDetail.Vehicle(TransportMode.RAIL));
        Mention railcars = first(MENTIONS, MentionKind.VEHICLE, "railcars");
        assertThat(railcars.canonical()).isEqualTo("railcar");
        assertThat(railcars.code()).isEqualTo("rail");
    }

    @Test
    void tumangang_friendship_bridge_is_the_curated_crossing_point() {
        Mention m = first(MENTIONS, MentionKind.CROSSING_POINT, "Tumangang Friendship Bridge");
        assertThat(m.code()).isEqualTo("tumangang-khasan-bridge");
        assertThat(m.canonical()).isEqualTo("Tumangang–Khasan Friendship Bridge");
        CrossingPoint p = ((MentionDetail.Crossing) m.detail()).point();
        assertThat(p.countries()).containsExactly("PRK", "RUS");
        assertThat(p.modes()).containsExactly(TransportMode.RAIL);
        assertThat(p.lat()).isBetween(42.4, 42.43);
        assertThat(p.lon()).isBetween(130.6, 130.66);
    }

    @Test
    void mentions_are_sorted_and_never_overlap_within_a_kind() {
        assertThat(MENTIONS).isSortedAccordingTo((a, b) -> Integer.compare(a.begin(), b.begin()));
        for (MentionKind kind : MentionKind.values()) {
            List<Mention> ofKind = of(MENTIONS, kind);
            for (int i = 1; i < ofKind.size(); i++) {
                assertThat(ofKind.get(i).begin())
                        .isGreaterThanOrEqualTo(ofKind.get(i - 1).end());
            }
        }
        MENTIONS.forEach(m -> assertThat(SEED.substring(m.begin(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void a_country_inside_a_crossing_name_is_part_of_the_name() {
        List<Mention> found =
                DomainRecognizer.defaults().recognize("Trucks crossed the China–North Korea Friendship Bridge.");
        assertThat(texts(found, MentionKind.CROSSING_POINT)).containsExactly("China–North Korea Friendship Bridge");
        assertThat(of(found, MentionKind.COUNTRY)).isEmpty();
        assertThat(first(found, MentionKind.VEHICLE, "Trucks").code()).isEqualTo("road");
    }

    @Test
    void known_names_hold_countries_capitals_demonyms_and_crossings() {
        assertThat(DomainRecognizer.defaults().knownNames())
                .contains("North Korea", "Pyongyang", "North Korean", "Tumangang Friendship Bridge", "Orlov Trotter")
                .doesNotContain("Georgia", "Korean");
    }

    @Test
    void defaults_are_loaded_once() {
        assertThat(DomainRecognizer.defaults()).isSameAs(DomainRecognizer.defaults());
    }

    @Test
    void many_threads_get_the_same_answer() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Mention>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++)
                runs.add(pool.submit(() -> DomainRecognizer.defaults().recognize(SEED)));
            for (Future<List<Mention>> run : runs) assertThat(run.get()).isEqualTo(MENTIONS);
        }
    }

    /** Not a timed assertion: a large text must go through in one pass and give every copy's mentions. */
    @Test
    void a_text_two_hundred_times_the_seed_gives_two_hundred_times_the_mentions() {
        String big = (SEED + "\n\n").repeat(200);
        long started = System.nanoTime();
        List<Mention> found = DomainRecognizer.defaults().recognize(big);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("recognised %,d chars, %,d mentions in %,d ms%n", big.length(), found.size(), millis);
        assertThat(found).hasSize(200 * MENTIONS.size());
    }
}
