package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoodsLexiconTest {
    private static final GoodsLexicon GOODS = DomainRecognizer.defaults().goods();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            sent missiles to Russia                 | missiles                   | 9306 | missile
            dropped cluster bombs                    | cluster bombs              | 9306 | cluster bomb
            fired ATACMS at                          | ATACMS                     | 9306 | ATACMS
            supplied anti-tank missiles              | anti-tank missiles         | 9306 | anti-tank missile
            a shipment of tank shells                | tank shells                | 9306 | tank shell
            bought ballistic missiles                | ballistic missiles         | 9306 | ballistic missile
            grenades and                             | grenades                   | 9306 | grenade
            exported rifles                          | rifles                     | 9301 | rifle
            sold pistols                             | pistols                    | 9302 | pistol
            delivered tanks                          | tanks                      | 8710 | tank
            armoured vehicles                        | armoured vehicles          | 8710 | armoured vehicle
            attack helicopters                       | attack helicopters         | 8802 | attack helicopter
            nuclear-powered submarines               | nuclear-powered submarines | 8906 | nuclear-powered submarine
            two warships                             | warships                   | 8906 | warship
            crude oil exports                        | crude oil                  | 2709 | crude oil
            refined petroleum products               | refined petroleum products | 2710 | refined petroleum product
            diesel and                               | diesel                     | 2710 | diesel
            coal shipments                           | coal                       | 2701 | coal
            iron ore                                 | iron ore                   | 2601 | iron ore
            seafood exports                          | seafood                    | 03   | seafood
            luxury cars                              | luxury cars                | 8703 | luxury car
            Russian vodka                            | vodka                      | 2208 | vodka
            cigarettes                               | cigarettes                 | 2402 | cigarette
            wheat and                                | wheat                      | 1001 | wheat
            rice aid                                 | rice                       | 1006 | rice
            fertiliser                               | fertiliser                 | 3105 | fertiliser
            cargo ships                              | cargo ships                | 8901 | cargo ship
            luxury watches                           | luxury watches             | 9101 | luxury watch
            weapons shipments                        | weapons                    | null | weapon
            the arms trade                           | arms                       | null | arms
            textiles                                 | textiles                   | null | textile
            """)
    void goods_terms_give_their_hs_code(String text, String span, String hs, String canonical) {
        List<Mention> found = GOODS.find(text);
        assertThat(found).hasSize(1);
        Mention m = found.getFirst();
        assertThat(m.text()).isEqualTo(span);
        assertThat(m.code()).isEqualTo(hs);
        assertThat(m.canonical()).isEqualTo(canonical);
    }

    @Test
    void think_tanks_shell_companies_and_halves_of_compounds_are_not_goods() {
        assertThat(GOODS.find("a think tank said shell companies used a horse-drawn cart and a three-car set"))
                .isEmpty();
    }

    @Test
    void acronyms_match_only_in_capitals() {
        assertThat(GOODS.find("icbm atacms")).isEmpty();
        assertThat(GOODS.find("an ICBM")).extracting(Mention::code).containsExactly("9306");
    }

    @Test
    void hs_description_reads_the_copied_hs_2022_table() {
        assertThat(GOODS.hsDescription("0101")).hasValue("Horses, asses, mules and hinnies; live");
        assertThat(GOODS.hsDescription("93"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("Arms and ammunition"));
        assertThat(GOODS.hsDescription("0199")).isEmpty();
    }

    @Test
    void every_code_in_goods_yaml_exists_in_hs_2022() {
        JsonNode goods = Resources.yaml("goods.yaml").path("goods");
        assertThat(goods.size()).isGreaterThan(50);
        for (JsonNode g : goods) {
            if (g.path("hs").isNull()) continue;
            assertThat(GOODS.hsDescription(g.path("hs").asText()))
                    .as(g.path("term").asText())
                    .isPresent();
        }
    }
}
