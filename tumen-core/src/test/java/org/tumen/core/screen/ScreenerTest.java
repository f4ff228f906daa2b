package org.tumen.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenerTest {
    private static final Screener SCREENER = new Screener(ListCatalog.forDataDir(null));

    @Test
    void kim_chong_sik_puts_the_un_lists_kim_jong_sik_first() {
        List<Match> hits = SCREENER.screen("Kim Chong-sik", null, null);
        assertThat(hits).isNotEmpty();
        Match top = hits.getFirst();
        assertThat(top.list()).isEqualTo("UN-SC");
        assertThat(top.party().reference()).isEqualTo("KPi.066");
        assertThat(top.party().name()).isEqualTo("KIM JONG SIK");
        // the UN's own alias "Kim Cho’ng-sik" is the query once the apostrophe goes; the primary name scores by the
        // Korean romanisation key
        assertThat(top.matchedName()).isEqualTo("Kim Cho’ng-sik");
        assertThat(NameMatcher.score("Kim Chong-sik", "KIM JONG SIK", "Person")
                        .features()
                        .getFirst())
                .startsWith("equal after Korean romanisation normalisation");
    }

    @Test
    void namesakes_sharing_the_surname_and_one_syllable_are_not_a_match() {
        for (String namesake : List.of("KIM, Jong Un", "KIM, Jong Man", "Kim Jong Un"))
            assertThat(NameMatcher.score("Kim Chong-sik", namesake, "Person").match())
                    .as(namesake)
                    .isFalse();
        assertThat(SCREENER.screen("Kim Chong-sik", null, null))
                .filteredOn(m -> m.party().name().toUpperCase().replace(",", "").matches("KIM JONG (UN|MAN)"))
                .noneMatch(Match::strong);
    }

    @Test
    void legal_forms_numbers_and_vessel_prefixes_are_normalised() {
        assertThat(NameMatcher.score("Siemens Aktiengesellschaft", "Siemens AG", "Company")
                        .match())
                .isTrue();
        assertThat(NameMatcher.score("ООО Байкал", "Limited Liability Company Baikal", "Company")
                        .match())
                .isTrue();
        assertThat(NameMatcher.score("Deutsche Bank AG", "Deutsche Bank GmbH", "Company")
                        .match())
                .isFalse();
        assertThat(NameMatcher.score("Brigade Forty-Four", "Brigade 44", "Organization")
                        .match())
                .isTrue();
        assertThat(NameMatcher.score("MV Hellenic Spirit", "Hellenic Spirit", "Vessel")
                        .value())
                .isEqualTo(1.0);
        assertThat(NameMatcher.score("BWI Industries, Inc.", "BAE Industries, Inc.", "Company")
                        .match())
                .isFalse();
        assertThat(NameMatcher.score("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi", "Person")
                        .match())
                .isFalse();
        assertThat(NameMatcher.score("Usama ibn Laden", "Osama bin Laden", "Person")
                        .match())
                .isTrue();
    }

    @Test
    void komid_finds_korea_mining_development_trading_corporation() {
        List<Match> hits = SCREENER.screen("KOMID", PartyType.ENTITY, null);
        assertThat(hits).extracting(m -> m.party().name()).contains("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    }

    @Test
    void the_acronym_alone_is_recognised_without_the_alias() {
        NameMatcher.Score s =
                NameMatcher.score("KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "Organization");
        assertThat(s.features().getFirst()).isEqualTo("acronym KOMID of KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(s.match()).isTrue();
    }

    @Test
    void korean_romanisations_and_spacing_agree() {
        for (String v : List.of("Kim Jong Un", "Kim Jongun", "Kim Chong-un", "Kim Chŏng-ŭn", "Kim Jeong-eun", "김정은"))
            assertThat(NameMatcher.score(v, "Kim Jong-un", "Person").match())
                    .as(v)
                    .isTrue();
        assertThat(NameMatcher.score("Kim Cho'ng-sik", "KIM JONG SIK", "Person").value())
                .isGreaterThan(0.9);
    }

    @Test
    void cyrillic_word_order_and_corporate_suffixes_are_normalised() {
        assertThat(NameMatcher.score("Путин Владимир", "Vladimir Putin", "Person")
                        .match())
                .isTrue();
        assertThat(NameMatcher.score("Korea Ryonbong General Corp.", "KOREA RYONBONG GENERAL CORPORATION", "Company")
                        .value())
                .isEqualTo(1.0);
    }

    @Test
    void a_different_korean_name_is_not_a_match() {
        assertThat(NameMatcher.score("Kim Chong-sik", "Pak Yong Sik", "Person").match())
                .isFalse();
    }

    @Test
    void the_type_filter_and_the_country_hint_apply() {
        assertThat(SCREENER.screen("Kim Chong-sik", PartyType.ENTITY, null))
                .allMatch(m -> m.party().type() == PartyType.ENTITY);
        Match top = SCREENER.screen("Kim Chong-sik", PartyType.PERSON, "PRK").getFirst();
        assertThat(top.features()).contains("nationality or address in PRK");
    }

    @Test
    void screen_party_returns_only_matches_above_the_threshold() {
        assertThat(SCREENER.screenParty("Korea Mining Development Trading Corp"))
                .isNotEmpty()
                .allMatch(Match::strong);
    }
}
