package org.tumen.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants of every shipped rule file, and the errors a malformed one gives. */
class RuleFilesTest {
    private static final RuleSet RULES = RuleSet.defaults();

    private static Regime read(String yaml) {
        return RuleFiles.read("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String GOOD_RULE = """
            regime: XX-DPRK
            target: PRK
            rules:
              - id: arms
                tag: XX-DPRK/arms
                citation: Act 1 s 2
                summary: bans arms
                direction: to
                goods: {hs: ["93"], words: [weapon]}
                from: 2010-01-01
                severity: breach
            """;

    @Test
    void the_four_regimes_load() {
        assertThat(RULES.regimes())
                .extracting(Regime::name)
                .containsExactly("UN-DPRK", "EU-DPRK", "UK-DPRK", "US-DPRK");
    }

    @Test
    void every_rule_has_tag_citation_summary_direction_goods_and_date() {
        assertThat(RULES.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.tag()).as(r.key()).startsWith(r.regime() + "/");
            assertThat(r.citation()).as(r.key()).isNotBlank();
            assertThat(r.summary()).as(r.key()).isNotBlank();
            assertThat(r.direction()).as(r.key()).isNotNull();
            assertThat(r.goods().any()
                            || !r.goods().hs().isEmpty()
                            || !r.goods().words().isEmpty())
                    .as(r.key())
                    .isTrue();
            assertThat(r.from()).as(r.key()).isAfter(LocalDate.of(2000, 1, 1));
        });
    }

    @Test
    void rule_keys_are_unique_across_regimes() {
        Set<String> seen = new HashSet<>();
        assertThat(RULES.rules())
                .allSatisfy(r -> assertThat(seen.add(r.key())).as(r.key()).isTrue());
    }

    @Test
    void hs_prefixes_are_digits_and_not_repeated_within_a_rule() {
        assertThat(RULES.rules()).allSatisfy(r -> {
            assertThat(r.goods().hs()).as(r.key()).allMatch(p -> p.matches("\\d{2,10}"));
            assertThat(r.goods().hs()).as(r.key()).doesNotHaveDuplicates();
        });
    }

    @Test
    void every_un_tag_is_one_the_gold_data_uses() {
        assertThat(RULES.rules().stream().filter(Rule::eventFlag).map(Rule::tag).distinct())
                .containsExactlyInAnyOrder(
                        "UN-DPRK/arms-export", "UN-DPRK/arms-import", "UN-DPRK/luxury-goods", "UN-DPRK/sectoral");
    }

    @Test
    void only_un_goods_rules_go_into_the_event_flags() {
        assertThat(RULES.rules()).filteredOn(Rule::eventFlag).allSatisfy(r -> {
            assertThat(r.regime()).isEqualTo("UN-DPRK");
            assertThat(r.trigger()).isNull();
        });
    }

    @Test
    void rules_with_only_a_yearly_cap_ask_for_review() {
        assertThat(RULES.rules())
                .filteredOn(Rule::onlyCapped)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.severity()).as(r.key()).isEqualTo(Severity.REVIEW));
    }

    @Test
    void the_un_horse_rule_points_at_the_eu_and_uk_lists() {
        Rule horses = RULES.rule("UN-DPRK/luxury-horses").orElseThrow();
        assertThat(horses.nationalLists()).containsExactly("EU-DPRK/luxury-horses", "UK-DPRK/luxury-horses");
        assertThat(RULES.rule("EU-DPRK/luxury-horses").orElseThrow().citation()).contains("2017/1509");
        assertThat(RULES.rule("UK-DPRK/luxury-horses").orElseThrow().thresholds())
                .singleElement()
                .satisfies(t -> assertThat(t.unit()).isEqualTo("GBP"));
    }

    @Test
    void every_row_of_the_un_summary_has_a_rule() {
        List<String> citations = RULES.rules().stream()
                .filter(r -> r.regime().equals("UN-DPRK"))
                .map(Rule::citation)
                .toList();
        assertThat(String.join("\n", citations))
                .contains("1718 (2006) para 8(a)(i)", "1874 (2009) para 10", "2270 (2016) para 6")
                .contains("1718 (2006) para 8(b)", "1874 (2009) para 9", "1718 (2006) para 8(a)(iii)")
                .contains("2270 (2016) para 29", "2321 (2016) para 26", "2371 (2017) para 8")
                .contains("2270 (2016) para 30", "2270 (2016) para 31", "2321 (2016) paras 28-29")
                .contains("2321 (2016) para 30", "2371 (2017) paras 9-10", "2375 (2017) para 16")
                .contains("2375 (2017) para 13", "2375 (2017) para 14", "2375 (2017) para 11")
                .contains("2397 (2017) paras 4-5", "2397 (2017) para 6", "2397 (2017) para 7");
    }

    @Test
    void a_well_formed_file_reads() {
        Regime g = read(GOOD_RULE);
        assertThat(g.rules()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("XX-DPRK/arms");
            assertThat(r.from()).isEqualTo(LocalDate.of(2010, 1, 1));
        });
    }

    @Test
    void a_missing_date_names_the_file_the_rule_and_the_field() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("    from: 2010-01-01\n", "")))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("broken.yaml: rule 1 (arms): field 'from' is missing");
    }

    @Test
    void a_date_that_is_not_a_date_is_refused() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("2010-01-01", "early 2010")))
                .hasMessageContaining("broken.yaml: rule 1 (arms): field 'from': a date YYYY-MM-DD");
    }

    @Test
    void an_hs_prefix_with_letters_is_refused() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("[\"93\"]", "[\"93x\"]")))
                .hasMessageContaining("broken.yaml: rule 1 (arms): field 'goods.hs'")
                .hasMessageContaining("93x");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("from: 2010", "form: 2010")))
                .hasMessageContaining("unknown field 'form'");
    }

    @Test
    void an_unknown_direction_is_refused() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("direction: to", "direction: into")))
                .hasMessageContaining("field 'direction': to, from or any, got 'into'");
    }

    @Test
    void a_tag_of_another_regime_is_refused() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("tag: XX-DPRK/arms", "tag: UN-DPRK/arms")))
                .hasMessageContaining("broken.yaml: rule 1 (arms): field tag: must start with XX-DPRK/");
    }

    @Test
    void a_rule_without_goods_is_refused() {
        assertThatThrownBy(() -> read(GOOD_RULE.replace("goods: {hs: [\"93\"], words: [weapon]}", "goods: {}")))
                .hasMessageContaining("field 'goods': give hs, words, or any: true");
    }

    @Test
    void an_id_used_twice_is_refused() {
        String twice = GOOD_RULE + GOOD_RULE.substring(GOOD_RULE.indexOf("  - id"));
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("id 'arms' is used twice");
    }

    @Test
    void a_reference_to_a_missing_national_list_is_refused() {
        Regime g = read(GOOD_RULE.replace("severity: breach", "severity: possible\n    national_lists: [ZZ/none]"));
        assertThatThrownBy(() -> RuleSet.of(List.of(g)))
                .hasMessageContaining("field 'national_lists': no rule ZZ/none");
    }

    @Test
    void text_that_is_not_yaml_is_refused_with_the_file_name() {
        assertThatThrownBy(() -> read("regime: [unclosed")).hasMessageStartingWith("broken.yaml: not valid YAML");
    }
}
