package org.tumen.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The threshold, measured on real reports from the shared corpus and copies of them made the way reposts are. */
class IndependenceTest {
    record Item(String id, String title, String text) {
        String page() {
            return title + "\n" + text;
        }

        String repost() {
            return "Read this: the story everyone is talking about today\n" + text
                    + "\nCopyright 2022 Asia Pacific Daily Brief. All rights reserved.";
        }

        int words() {
            return text.split("\\s+").length;
        }

        /** KCNA re-issues end in -r2; the issue treats them as revisions of one report, not as other reports. */
        String base() {
            return id.replaceFirst("-r\\d+$", "");
        }
    }

    static List<Item> items;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");
        ObjectMapper json = new ObjectMapper();
        items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            items.add(new Item(
                    n.get("id").asText(),
                    n.path("title").asText(""),
                    n.get("text").asText()));
        }
    }

    @Test
    void a_repost_with_a_new_headline_and_a_footer_is_the_same_source_for_every_article_of_80_words_or_more() {
        double lowest = 1;
        int n = 0;
        for (Item it : items) {
            if (it.words() < 80) continue;
            n++;
            lowest = Math.min(
                    lowest,
                    Independence.similarity(Independence.signature(it.page()), Independence.signature(it.repost())));
        }
        System.out.printf("reposts of %d articles >= 80 words: lowest similarity %.3f%n", n, lowest);
        assertThat(n).isGreaterThan(200);
        assertThat(lowest).isGreaterThanOrEqualTo(Independence.THRESHOLD);
    }

    @Test
    void different_reports_on_the_same_topics_are_independent_sources() {
        var sigs = items.stream().map(i -> Independence.signature(i.page())).toList();
        double highest = 0;
        String pair = "";
        int pairs = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i), b = items.get(j);
                if (a.base().equals(b.base()) || a.text().equals(b.text())) continue;
                pairs++;
                double s = Independence.similarity(sigs.get(i), sigs.get(j));
                if (s > highest) {
                    highest = s;
                    pair = a.id() + " / " + b.id();
                }
            }
        }
        System.out.printf("%d pairs of different reports: highest similarity %.3f (%s)%n", pairs, highest, pair);
        assertThat(highest).isLessThan(Independence.THRESHOLD);
    }

    @Test
    void two_court_stories_on_the_travel_ban_are_far_below_the_threshold() {
        Item a = find("isot-true-vat-r285"), b = find("isot-true-vat-r22");
        double s = Independence.similarity(Independence.signature(a.page()), Independence.signature(b.page()));
        assertThat(s).isBetween(0.2, Independence.THRESHOLD - 0.1);
    }

    @Test
    void the_corpus_own_duplicate_article_is_found_by_its_band_keys() {
        var a = Independence.signature(find("isot-true-vat-r762").page());
        var b = Independence.signature(find("isot-true-vat-r778").page());
        assertThat(Independence.sameSource(a, b)).isTrue();
        assertThat(Independence.bandKeys(a))
                .hasSize(Independence.BANDS)
                .containsAnyElementsOf(Independence.bandKeys(b));
    }

    @Test
    void band_keys_of_unrelated_reports_rarely_meet() {
        var sigs = items.stream()
                .map(i -> Independence.bandKeys(Independence.signature(i.page())))
                .toList();
        int meetings = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (items.get(i).base().equals(items.get(j).base())) continue;
                if (items.get(i).text().equals(items.get(j).text())) continue;
                if (sigs.get(i).stream().anyMatch(sigs.get(j)::contains)) meetings++;
            }
        }
        // 70,000 pairs; the few that meet are stock KCNA phrasing, checked away by similarity()
        assertThat(meetings).isLessThan(100);
    }

    @Test
    void the_candidate_curve_catches_copies_and_skips_strangers() {
        assertThat(Independence.candidateProbability(Independence.THRESHOLD)).isGreaterThan(0.85);
        assertThat(Independence.candidateProbability(0.7)).isGreaterThan(0.999);
        assertThat(Independence.candidateProbability(0.1)).isLessThan(0.01);
    }

    @Test
    void a_signature_survives_encoding_and_ignores_punctuation_and_case() {
        var s = Independence.signature("Russia’s veterinary service said a train had crossed the border.");
        assertThat(Independence.Signature.decode(s.encoded())).isEqualTo(s);
        var t = Independence.signature("RUSSIA'S veterinary service said: a train had crossed the border");
        assertThat(Independence.similarity(s, t)).isEqualTo(1.0);
    }

    @Test
    void the_fixture_repost_joins_the_wire_story_group_and_the_seed_stays_apart() throws IOException {
        Path shared = Path.of(System.getProperty("tumen.shared", "../../shared"));
        var groups = new IndependenceGroups();
        String seed = groups.assign("seed", Files.readString(shared.resolve("corpus/seed/orlov-trotters.txt")));
        String wire = groups.assign("wire", Files.readString(Path.of("src/test/resources/fuse/wire-horse-train.txt")));
        String repost =
                groups.assign("repost", Files.readString(Path.of("src/test/resources/fuse/repost-horse-train.txt")));
        assertThat(seed).isEqualTo("seed");
        assertThat(wire).isEqualTo("wire");
        assertThat(repost).isEqualTo("wire");
    }

    private static Item find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
