package org.tumen.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    // --- the seed -------------------------------------------------------------------------------------------

    @Test
    void seed_mojibake_is_repaired() {
        String text = cleaner.clean(seedText());

        assertThat(text)
                .startsWith("The Orlov Trotter is Russia’s most famous breed of horse")
                .doesNotContain("â");
    }

    @Test
    void seed_caption_line_with_lost_apostrophe_bytes_reads_kim_jong_uns() {
        assertThat(cleaner.clean("Horses were used to boost leader Kim Jong Unâs prowess and prestige."))
                .isEqualTo("Horses were used to boost leader Kim Jong Un’s prowess and prestige.");
    }

    @Test
    void seed_mojibake_is_repaired_in_the_caption_too_before_the_caption_is_dropped() {
        String repaired = Mojibake.repair(seedText());

        assertThat(repaired)
                .contains(
                        "KCNA Horses have long been used in North Korean state propaganda to boost leader Kim Jong Un’s prowess")
                .doesNotContain("â");
    }

    @Test
    void seed_read_more_block_is_removed_and_the_paragraphs_around_it_meet() {
        String text = cleaner.clean(seedText());

        assertThat(text).doesNotContain("READ MORE", "haystack", "missile barrage", "* ");
        assertThat(text).contains("spokesman for the National Security Council.\n\nHe added that the shells");
    }

    @Test
    void seed_caption_paragraphs_are_removed_and_the_paragraphs_around_them_stay() {
        String text = cleaner.clean(seedText());

        assertThat(text)
                .doesNotContain(
                        "Getty Images",
                        "Mikhail Svetlov",
                        "KCNA Horses",
                        "Trade between the two countries has resumed");
        assertThat(text)
                .contains(
                        "Horses have long been used in state propaganda to boost leader Kim Jong Un’s prowess and prestige as “supreme leader”.\n\n"
                                + "Before the pandemic, North Korea purchased dozens of Russian horses");
    }

    @Test
    void seed_cleaned_text_has_its_paragraphs_separated_by_one_blank_line() {
        String text = cleaner.clean(seedText());

        assertThat(text).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(text.split("\n\n"))
                .hasSize(20)
                .allSatisfy(paragraph -> assertThat(paragraph).isEqualTo(paragraph.strip()));
        assertThat(text).endsWith("may have been unrelated,” it said.");
    }

    // --- mojibake -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russiaâ€™s trains                 | Russia’s trains
            â€œsignificantâ€ number          | “significant” number
            â€œsignificantâ€\u009d number     | “significant” number
            trade â€” and horses             | trade — and horses
            trade â€“ and horses             | trade – and horses
            CafÃ© in PyÅ\u008Fngyang         | Café in Pyŏngyang
            Ã¢â‚¬Å“twiceâ€ encoded         | “twice” encoded
            Â£30,000 for horses              | £30,000 for horses
            Iâ€™m sure they donâ€™t         | I’m sure they don’t
            """)
    void utf8_read_as_windows_1252_is_repaired(String damaged, String repaired) {
        assertThat(cleaner.clean(damaged)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russiaâs most famous breed       | Russia’s most famous breed
            they donât see                   | they don’t see
            weâre told theyâll say Iâve     | we’re told they’ll say I’ve
            Orlov Trotters â Russiaâs       | Orlov Trotters – Russia’s
            """)
    void bare_a_circumflex_left_by_dropped_control_bytes_is_repaired_where_english_needs_an_apostrophe(
            String damaged, String repaired) {
        assertThat(cleaner.clean(damaged)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dinner at the château near Brâncuși’s studio.",
                "Am rămâs acasă; a râs.",
                "Le mât du bâteau, l’âme et l’âge.",
                "Âncora, a Portuguese word, and Ã alone.",
                "Prices in £, ©2024, «quoted» and ±5°.",
            })
    void legitimate_accented_text_is_left_alone(String text) {
        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    // --- boilerplate ----------------------------------------------------------------------------------------

    @Test
    void read_more_and_related_lists_are_dropped_with_their_bullets_and_links() {
        String raw = """
                First paragraph.

                Read more:
                • One headline
                - Another headline
                https://example.org/story

                Second paragraph.

                RELATED: Kim visits a factory

                Third paragraph.
                """;

        assertThat(cleaner.clean(raw)).isEqualTo("First paragraph.\n\nSecond paragraph.\n\nThird paragraph.");
    }

    @Test
    void read_more_list_ends_at_the_first_line_that_is_not_an_item() {
        assertThat(cleaner.clean("READ MORE:\n* A headline\nThe article goes on."))
                .isEqualTo("The article goes on.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mikhail Svetlov/Getty Images North Korean Leader Kim Jong Un and Russian President Vladimir Putin.",
                "AP Photo/Ahn Young-joon A train crosses the bridge.",
                "Jane Doe/Reuters “Trains have resumed,” a banner reads.",
                "Kim Won Jin/AFP via Getty Images A freight train at Tumangang station.",
                "KCNA Horses have long been used in North Korean state propaganda to boost leader Kim Jong Un’s prowess.",
                "Getty Images Kim Jong Un at a horse farm.",
                "Supplied Satellite imagery of Tumangang.",
                "Reuters A ship at Rajin port in 2019.",
                "Photo: Reuters",
                "Image: Maxar Technologies",
            })
    void credit_followed_by_a_caption_is_dropped(String caption) {
        assertThat(cleaner.clean("Before.\n\n" + caption + "\n\nAfter.")).isEqualTo("Before.\n\nAfter.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reuters reported that the train carried horses.",
                "KCNA said on Monday that the leader inspected a factory.",
                "Yonhap News Agency reported the crossing on Friday.",
                "EPA Administrator Scott Pruitt is expected to testify.",
                "AP The agency said the shipment was delayed.",
                "Russia/Ukraine tensions rose again this week.",
                "Pyongyang, August 12 (KCNA) -- The respected Comrade Kim Jong Un received messages.",
                "Related coverage of the summit was limited by the border closure, which had lasted since 2020 and which both"
                        + " governments blamed on the pandemic.",
            })
    void ordinary_paragraphs_that_start_like_a_credit_are_kept(String paragraph) {
        assertThat(cleaner.clean(paragraph)).isEqualTo(paragraph);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Advertisement",
                "Share this article",
                "Sign up for our daily North Korea newsletter",
                "Subscribe to our newsletter.",
                "Story continues below advertisement",
                "Follow us on Twitter",
            })
    void page_furniture_lines_are_dropped(String line) {
        assertThat(cleaner.clean("Before.\n" + line + "\nAfter.")).isEqualTo("Before.\nAfter.");
    }

    @Test
    void sign_up_in_an_ordinary_sentence_is_kept() {
        String sentence = "Sign up for military service fell sharply after the war.";

        assertThat(cleaner.clean(sentence)).isEqualTo(sentence);
    }

    // --- whitespace and invisible characters ----------------------------------------------------------------

    @Test
    void spaces_tabs_and_no_break_spaces_become_one_space_and_lines_are_trimmed() {
        assertThat(cleaner.clean("  Five\u00A0stallions \t and\u202F25   mares.  \n\t Second line. "))
                .isEqualTo("Five stallions and 25 mares.\nSecond line.");
    }

    @Test
    void zero_width_soft_hyphen_bidi_and_control_characters_are_removed() {
        assertThat(cleaner.clean("\uFEFFPyong\u200Byang\u00AD rail\u0007way\u200E link\u0000."))
                .isEqualTo("Pyongyang railway link.");
    }

    @Test
    void line_ends_are_normalised_and_blank_runs_collapse_to_one_paragraph_break() {
        assertThat(cleaner.clean("One.\r\nTwo.\r\n\r\n\r\n\r\nThree.\rFour.\u2029Five.\n \n\t\n"))
                .isEqualTo("One.\nTwo.\n\nThree.\nFour.\nFive.");
    }

    @Test
    void blank_input_cleans_to_empty_text() {
        assertThat(cleaner.clean(" \n\n\u00A0\u200B\n")).isEmpty();
    }

    // --- glued names ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The respected ComradeKim Jong Unreceived a floral basket.                              | The respected Comrade Kim Jong Un received a floral basket.
            ComradeKim Jong Uninvited the delegation.                                               | Comrade Kim Jong Un invited the delegation.
            They paid homage toKim Il SungandKim Jong Il.                                           | They paid homage to Kim Il Sung and Kim Jong Il.
            members of the Board of Directors of theKim Il Sung-Kim Jong IlFoundation.             | members of the Board of Directors of the Kim Il Sung-Kim Jong Il Foundation.
            ComradesKim Il SungandKim Jong Ilfor their feats                                        | Comrades Kim Il Sung and Kim Jong Il for their feats
            PresidentKim Il Sungand ChairmanKim Jong Ilon Mansu Hill                                | President Kim Il Sung and Chairman Kim Jong Il on Mansu Hill
            atKim Il SungSquare                                                                     | at Kim Il Sung Square
            """)
    void spaces_lost_around_known_names_are_restored(String glued, String repaired) {
        assertThat(cleaner.clean(glued)).isEqualTo(repaired);
    }

    @Test
    void glued_names_are_repaired_on_real_kcna_lines() throws IOException {
        String record = Files.readAllLines(SharedData.corpus("news-dprk.jsonl")).stream()
                .filter(line -> line.contains("\"kcna-952df5ad2b59\""))
                .findFirst()
                .orElseThrow();
        String text = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(record)
                .get("text")
                .asText();

        String cleaned = cleaner.clean(text);

        assertThat(text).contains("ComradeKim Jong Unreceived", "theKim Il Sung-Kim Jong IlFoundation");
        assertThat(cleaned)
                .contains("The respected Comrade Kim Jong Un received a floral basket")
                .contains("the Kim Il Sung-Kim Jong Il Foundation")
                .doesNotContainPattern(
                        "[a-z](?:Kim Jong Un|Kim Il Sung|Kim Jong Il)|(?:Kim Jong Un|Kim Il Sung|Kim Jong Il)[A-Za-z]");
    }

    @Test
    void no_leader_name_stays_glued_anywhere_in_the_kcna_records() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var glued = java.util.regex.Pattern.compile(
                "\\p{L}(?:Kim Jong Un|Kim Il Sung|Kim Jong Il)|(?:Kim Jong Un|Kim Il Sung|Kim Jong Il)\\p{L}");
        int records = 0;
        for (String line : Files.readAllLines(SharedData.corpus("news-dprk.jsonl"))) {
            var node = json.readTree(line);
            if (!node.get("id").asText().startsWith("kcna-")) continue;
            records++;
            assertThat(glued.matcher(cleaner.clean(node.get("text").asText())).find())
                    .as(node.get("id").asText())
                    .isFalse();
        }
        assertThat(records).isEqualTo(222);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Uninvited guests arrived at the Unification Ministry.",
                "Comrades and comradeship; the Marshall Islands; presidential powers.",
                "Kim Jong Un’s visit, Kim Jong Un. Kim Il Sung-Kim Jong Il Foundation.",
            })
    void words_that_only_look_glued_are_left_alone(String text) {
        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void callers_can_add_names_to_the_defaults() {
        TextCleaner withShoigu = cleaner.withMoreNames(List.of("Sergei Shoigu"));

        assertThat(withShoigu.clean("He metSergei Shoiguin Pyongyang andKim Jong Unlater."))
                .isEqualTo("He met Sergei Shoigu in Pyongyang and Kim Jong Un later.");
        assertThat(withShoigu.knownNames()).contains("Sergei Shoigu", "Kim Jong Un", "Comrade");
    }

    @Test
    void default_names_come_from_the_resource_file_without_its_comments() {
        assertThat(TextCleaner.defaultKnownNames())
                .contains("Kim Jong Un", "Kim Il Sung", "Kim Jong Il", "Comrade", "Choe Son Hui")
                .noneMatch(name -> name.startsWith("#") || name.isBlank());
    }

    @Test
    void cleaner_without_names_leaves_glued_names_alone() {
        assertThat(new TextCleaner(List.of()).clean("ComradeKim Jong Unreceived"))
                .isEqualTo("ComradeKim Jong Unreceived");
    }

    private static String seedText() {
        var seed = new InputReader().readAll(List.of(SharedData.seed())).getFirst();
        return ((RawReport) seed).text();
    }
}
