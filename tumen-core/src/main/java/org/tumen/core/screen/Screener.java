package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screens a name against the loaded lists: candidates from the {@link NameIndex}, each scored by
 * {@link NameMatcher} under the listed party's schema, the best name per party kept, ranked by score.
 *
 * <p>Equal scores rank the UN list first: its measures bind every member state, and a party on both lists is
 * usually designated by the UN first. Low-quality UN aliases ("Low") score 0.9× (the UN itself says they are weak). A country, when given, never
 * removes a hit — lists often say nothing of nationality — but a party whose nationality or address names it
 * gains 0.02 and says so, which breaks ties between namesakes. Thread-safe: it reads the catalogue's current
 * immutable snapshot.
 */
public final class Screener {
    /** Hits under this score are not reported: they are noise, not leads. */
    public static final double FLOOR = 0.6;

    private final ListCatalog catalog;

    public Screener(ListCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Ranked matches for a name.
     *
     * @param type restricts the parties screened, or null for all
     * @param countryIso3 an ISO 3166-1 alpha-3 code that raises parties connected with that country, or null
     */
    public List<Match> screen(String name, PartyType type, String countryIso3) {
        ListCatalog.Snapshot snap = catalog.current();
        NameNormaliser.Normal asPerson = NameNormaliser.normalise(name, "Person");
        NameNormaliser.Normal asOrg = NameNormaliser.normalise(name, "Organization");
        List<NameIndex.Entry> candidates = new ArrayList<>();
        if (type == null || type == PartyType.PERSON)
            candidates.addAll(snap.index().candidates(asPerson, true));
        if (type != PartyType.PERSON) candidates.addAll(snap.index().candidates(asOrg, false));
        List<String> countryNames = Countries.names(countryIso3);
        Map<ListedParty, Match> best = new HashMap<>();
        for (NameIndex.Entry e : candidates) {
            ListedParty p = e.party();
            if (type != null && p.type() != type) continue;
            String schema = p.type().schema();
            NameMatcher.Score s =
                    NameMatcher.score(p.type() == PartyType.PERSON ? asPerson : asOrg, e.normal(), schema);
            double v = s.value();
            List<String> features = new ArrayList<>(s.features());
            if (e.name().weak()) {
                v *= 0.9;
                features.add("low-quality alias on the list");
            }
            if (!countryNames.isEmpty() && connected(p, countryNames)) {
                v = Math.min(1, v + 0.02);
                features.add("nationality or address in " + countryIso3.toUpperCase(Locale.ROOT));
            }
            if (v < FLOOR) continue;
            features.add(
                    e.name().quality().equals("primary")
                            ? "primary name"
                            : "alias (" + e.name().quality() + ")");
            Match m = new Match(p, e.name().text(), v, features);
            best.merge(p, m, (x, y) -> y.score() > x.score() ? y : x);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Match::score)
                        .reversed()
                        .thenComparing(m -> m.party().listId().equals(UnListReader.LIST_ID) ? 0 : 1)
                        .thenComparing(m -> m.party().reference()))
                .toList();
    }

    /** The hook for the sanctions checker: any party type, no country; adapt to {@code PartyScreen} in one line. */
    public List<Match> screenParty(String name) {
        return screen(name, null, null).stream().filter(Match::strong).toList();
    }

    private static boolean connected(ListedParty p, List<String> countryNames) {
        for (String text : concat(p.nationalities(), p.addresses())) {
            String t = text.toLowerCase(Locale.ROOT);
            for (String c : countryNames) if (t.contains(c)) return true;
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
