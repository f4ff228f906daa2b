package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tumen.core.rules.PartyMatch;
import org.tumen.core.rules.PartyScreen;

/**
 * The sanctions checker's {@link PartyScreen}, answered by the {@link Screener}: every listed party a name matches at
 * or above the decision threshold, as a {@link PartyMatch} that names the list, the reference and the programme, and
 * the instrument that freezes the party's assets. The regime is read from the programme, so a listing under the
 * DPRK programmes gives the tags the DPRK rules use ({@code UN-DPRK}, {@code US-DPRK}).
 */
public final class ListedPartyScreen implements PartyScreen {
    private final Screener screener;

    public ListedPartyScreen(Screener screener) {
        this.screener = Objects.requireNonNull(screener, "screener");
    }

    /** Screens against the lists of a data folder (bundled lists only when {@code null}), loaded on first use. */
    public static ListedPartyScreen forDataDir(java.nio.file.Path dataDir) {
        return new ListedPartyScreen(new Screener(ListCatalog.forDataDir(dataDir)));
    }

    @Override
    public List<PartyMatch> matches(String partyName) {
        List<PartyMatch> out = new ArrayList<>();
        for (Match m : screener.screenParty(partyName)) out.add(toPartyMatch(m));
        return out;
    }

    static PartyMatch toPartyMatch(Match m) {
        ListedParty p = m.party();
        boolean un = p.listId().equals(UnListReader.LIST_ID);
        String programme = p.programmes().isEmpty() ? "unknown" : String.join(", ", p.programmes());
        String regime = (un ? "UN-" : "US-") + regimeOf(p.programmes());
        String list = p.listId() + " " + p.reference() + " (programme " + programme + ")";
        String listed = m.matchedName().equals(p.name()) ? p.name() : p.name() + " (as \"" + m.matchedName() + "\")";
        return new PartyMatch(regime, listed, list, citation(un, regime, programme), m.score());
    }

    /** DPRK, DPRK2…4 and NKSPEA are all the US DPRK programme; other programmes keep their own name. */
    private static String regimeOf(List<String> programmes) {
        for (String pr : programmes) {
            String u = pr.toUpperCase(Locale.ROOT);
            if (u.startsWith("DPRK") || u.equals("NKSPEA")) return "DPRK";
        }
        return programmes.isEmpty()
                ? "OTHER"
                : programmes.getFirst().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
    }

    private static String citation(boolean un, String regime, String programme) {
        if (regime.equals("UN-DPRK"))
            return "UNSCR 1718 (2006) para 8(d) (asset freeze on designated persons and entities)";
        if (regime.equals("US-DPRK"))
            return "31 CFR part 510 (North Korea Sanctions Regulations), OFAC SDN programme " + programme;
        return un
                ? "the UN Security Council sanctions list, programme " + programme
                : "OFAC SDN list, programme " + programme;
    }
}
