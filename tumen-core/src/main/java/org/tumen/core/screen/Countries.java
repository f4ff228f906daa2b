package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ways the lists write a country, from its ISO alpha-3 code: the JDK's English name, plus the forms the UN and
 * OFAC use for the countries that the JDK names differently ("Korea, North", "Democratic People's Republic of
 * Korea", "Russian Federation", "Iran (Islamic Republic of)").
 */
final class Countries {
    private static final Map<String, List<String>> EXTRA = Map.of(
            "PRK", List.of("korea, north", "democratic people's republic of korea", "dprk", "north korea"),
            "KOR", List.of("korea, south"), // not "republic of korea": it is inside the DPRK's name
            "RUS", List.of("russia", "russian federation"),
            "IRN", List.of("iran"),
            "SYR", List.of("syria", "syrian arab republic"),
            "CHN", List.of("china"));

    private Countries() {}

    static List<String> names(String iso3) {
        if (iso3 == null || iso3.isBlank()) return List.of();
        String code = iso3.strip().toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>(EXTRA.getOrDefault(code, List.of()));
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", iso2);
            if (l.getISO3Country().equals(code)) {
                String name = l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (!name.contains("korea")) out.add(name); // "North Korea"/"South Korea" alone would confuse both
            }
        }
        return out;
    }
}
