package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryGazetteerTest {
    private static final CountryGazetteer GAZETTEER =
            DomainRecognizer.defaults().countries();

    private static List<String> codes(String text) {
        return GAZETTEER.find(text).stream().map(Mention::code).toList();
    }

    private static List<String> texts(String text) {
        return GAZETTEER.find(text).stream().map(Mention::text).toList();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            The Kremlin said                  | RUS | SEAT_OF_GOVERNMENT
            according to the Pentagon         | USA | SEAT_OF_GOVERNMENT
            the State Department said         | USA | SEAT_OF_GOVERNMENT
            the Trump administration          | USA | GOVERNMENT
            in Washington on Monday           | USA | CAPITAL
            the United States                 | USA | NAME
            U.S. officials                    | USA | STATE_ORGAN
            sanctions by the U.S.A.           | USA | CODE
            South Korean officials            | KOR | STATE_ORGAN
            the ROK navy                      | KOR | STATE_ORGAN
            talks in Seoul                    | KOR | CAPITAL
            from Beijing                      | CHN | CAPITAL
            Chinese traders                   | CHN | DEMONYM
            in Kyiv                           | UKR | CAPITAL
            in Kiev                           | UKR | CAPITAL
            Ukrainian forces                  | UKR | DEMONYM
            Tokyo protested                   | JPN | CAPITAL
            Britain and                       | GBR | NAME
            the UK said                       | GBR | CODE
            the U.K. said                     | GBR | CODE
            American officials                | USA | STATE_ORGAN
            Soviet-era railcars               | RUS | DEMONYM
            the Soviet Union                  | RUS | NAME
            Rosselkhoznadzor said             | RUS | STATE_ORGAN
            Russia's Foreign Ministry said    | RUS | STATE_ORGAN
            the Russian Defense Ministry      | RUS | STATE_ORGAN
            Democratic People's Republic of Korea | PRK | NAME
            N. Korea fired                    | PRK | NAME
            Seoul-based lecturer              | KOR | CAPITAL
            in Tbilisi                        | GEO | CAPITAL
            Georgian wine                     | GEO | DEMONYM
            """)
    void names_codes_capitals_seats_and_organs_give_the_country(String text, String code, CountryForm form) {
        List<Mention> found = GAZETTEER.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().code()).isEqualTo(code);
        assertThat(((MentionDetail.Country) found.getFirst().detail()).form()).isEqualTo(form);
    }

    @Test
    void the_pronoun_us_and_lower_case_names_are_not_countries() {
        assertThat(codes("let us see; he told us about china and russia")).isEmpty();
        assertThat(codes("the US said")).containsExactly("USA");
    }

    @Test
    void korean_alone_and_georgia_are_too_ambiguous_to_name_a_country() {
        assertThat(codes("Korean elites in Georgia watched the Korean War film"))
                .isEmpty();
        assertThat(codes("North Korean and South Korean officials")).containsExactly("PRK", "KOR");
    }

    @Test
    void longest_match_wins_and_blocks_hide_shorter_names() {
        assertThat(texts("North Korea's Foreign Ministry")).containsExactly("North Korea's Foreign Ministry");
        assertThat(codes("the Washington Post reported on New Mexico")).isEmpty();
        assertThat(texts("the Democratic People's Republic of Korea"))
                .containsExactly("Democratic People's Republic of Korea");
    }

    @Test
    void a_name_the_data_gives_to_two_countries_is_not_guessed() {
        // mledoze gives "Congolese" to both Congos
        assertThat(codes("Congolese miners")).isEmpty();
        assertThat(codes("the DRC and the Republic of the Congo")).contains("COD");
    }

    @Test
    void a_name_shared_by_a_state_and_its_territory_is_the_states() {
        assertThat(codes("French and Indian and Norwegian and Dutch ships"))
                .containsExactly("FRA", "IND", "NOR", "NLD");
    }

    @Test
    void common_words_and_given_names_in_the_data_are_blocked() {
        assertThat(codes("Sakhalin Island; Thomas Mann; Queen Victoria; Sofia Coppola"))
                .isEmpty();
    }

    @Test
    void a_possessive_without_an_organ_stays_outside_the_span() {
        assertThat(texts("Russia’s most famous horse")).containsExactly("Russia");
    }

    @Test
    void common_names_come_from_the_data() {
        assertThat(GAZETTEER.commonName("PRK")).isEqualTo("North Korea");
        assertThat(GAZETTEER.commonName("KOR")).isEqualTo("South Korea");
    }
}
