package org.tumen.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.model.Event;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;
import org.tumen.core.rules.PartyMatch;
import org.tumen.core.rules.PartyScreen;
import org.tumen.core.rules.RuleSet;
import org.tumen.core.rules.SanctionsChecker;

/** The screener as the sanctions checker's party screen, on the bundled lists. */
class ListedPartyScreenTest {
    private static final ListedPartyScreen SCREEN = ListedPartyScreen.forDataDir(null);

    private static Event transfer(String supplier, String recipient) {
        Map<String, Object> roles = new HashMap<>();
        roles.put("supplier", supplier);
        roles.put("recipient", recipient);
        roles.put("item", "rocket launchers");
        roles.put("hs", "9301");
        return new Event("e1", "TRANSFER", roles, "2019-05", "asserted", List.of(), new Span(0, 4, "ship"));
    }

    private static Report report() {
        return new Report("r1", "r1.txt", null, null, LocalDate.of(2019, 6, 1), "KOMID shipped rocket launchers.");
    }

    @Test
    void komid_matches_the_un_listing_under_the_dprk_regime_with_its_reference_and_programme() {
        List<PartyMatch> matches = SCREEN.matches("KOMID");

        assertThat(matches).isNotEmpty();
        PartyMatch first = matches.getFirst();
        assertThat(first.regime()).isEqualTo("UN-DPRK");
        assertThat(first.list()).contains("KPe.001").contains("programme DPRK");
        assertThat(first.listedName()).containsIgnoringCase("Korea Mining Development Trading Corporation");
        assertThat(first.citation()).contains("1718");
    }

    @Test
    void a_transfer_by_a_listed_company_gets_the_listed_party_flag_naming_list_reference_and_programme() {
        SanctionsChecker checker = new SanctionsChecker(RuleSet.defaults(), SCREEN);
        Event e = transfer("Korea Mining Development Trading Corporation", "SYR");

        List<Flag> flags = checker.apply(report(), List.of(e)).flags().get("e1");

        Flag listed = flags.stream()
                .filter(f -> f.tag().equals("UN-DPRK/listed-party"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.explanation())
                .contains("KPe.001")
                .contains("programme DPRK")
                .contains("UN-SC");
        assertThat(listed.eventTag()).isFalse();
    }

    @Test
    void states_are_not_screened_and_each_distinct_name_is_screened_once_per_report() {
        List<String> asked = new ArrayList<>();
        PartyScreen counting = name -> {
            asked.add(name);
            return SCREEN.matches(name);
        };
        SanctionsChecker checker = new SanctionsChecker(RuleSet.defaults(), counting);
        Event a = transfer("KOMID", "SYR");
        Event b = new Event("e2", "TRANSFER", a.roles(), a.when(), a.status(), a.sources(), a.evidence());

        checker.apply(report(), List.of(a, b));

        assertThat(asked).containsExactly("KOMID");
    }
}
