package org.tumen.core.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds countries in text by name, code, demonym, capital, seat of government and state organ.
 *
 * <p>Names come from {@code countries.tsv} (derived from mledoze/countries) and the curated
 * {@code country-supplement.yaml}. A name the data gives to two countries is dropped unless the
 * supplement pins it, or exactly one of them is an independent state, so "Congolese" never guesses
 * and "French" is France rather than the French Southern Territories. Capitals of dependent territories
 * are left out: they are small towns whose names collide with bigger places elsewhere ("Plymouth",
 * "Hamilton"). Names match case-sensitively, because they are proper nouns and codes such as "US"
 * must not match the pronoun "us".
 */
public final class CountryGazetteer {
    private record Name(String code, CountryForm form) {}

    /** Forms that can stand in front of an organ: "Russia's veterinary service". */
    private static final Set<CountryForm> ORGAN_HOLDERS =
            EnumSet.of(CountryForm.NAME, CountryForm.CODE, CountryForm.DEMONYM, CountryForm.CAPITAL);

    private final TokenTrie<Name> names;
    private final TokenTrie<String> organs;
    private final Map<String, String> commonNames;
    private final Set<String> knownNames;

    private CountryGazetteer(
            TokenTrie<Name> names, TokenTrie<String> organs, Map<String, String> commonNames, Set<String> known) {
        this.names = names;
        this.organs = organs;
        this.commonNames = Map.copyOf(commonNames);
        this.knownNames = Collections.unmodifiableSet(new TreeSet<>(known));
    }

    public static CountryGazetteer load() {
        Map<String, String> common = new HashMap<>();
        Set<String> independentStates = new java.util.HashSet<>();
        Map<String, Map<String, CountryForm>> fromData = new LinkedHashMap<>();
        for (String line : Resources.lines("countries.tsv")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            String code = f[0];
            common.put(code, f[3]);
            boolean independent = f[2].equals("1");
            if (independent) independentStates.add(code);
            addData(fromData, f[3], code, CountryForm.NAME);
            addData(fromData, f[4], code, CountryForm.NAME);
            if (independent) split(f[5]).forEach(c -> addData(fromData, c, code, CountryForm.CAPITAL));
            for (String d : split(f[6])) {
                addData(fromData, d, code, CountryForm.DEMONYM);
                if (d.endsWith("n") || d.endsWith("i")) addData(fromData, d + "s", code, CountryForm.DEMONYM);
            }
            for (String a : split(f[7])) {
                addData(fromData, a, code, English.isAcronym(a) ? CountryForm.CODE : CountryForm.NAME);
            }
        }
        Map<String, Name> surfaces = new LinkedHashMap<>();
        // A name shared by a state and its territories ("French", "Indian", "American") is the state's;
        // one shared by two states or two territories ("Congolese", "Virgin Islander") is dropped.
        fromData.forEach((surface, byCode) -> {
            List<String> candidates = byCode.size() == 1
                    ? List.copyOf(byCode.keySet())
                    : byCode.keySet().stream()
                            .filter(independentStates::contains)
                            .toList();
            if (candidates.size() == 1) {
                String code = candidates.getFirst();
                surfaces.put(surface, new Name(code, byCode.get(code)));
            }
        });
        JsonNode supplement = Resources.yaml("country-supplement.yaml");
        for (JsonNode entry : supplement.path("entries")) {
            Name name = new Name(
                    entry.path("code").asText(),
                    CountryForm.valueOf(entry.path("form").asText()));
            Resources.strings(entry.path("names")).forEach(n -> surfaces.put(n, name));
        }
        List<String> blocked = Resources.strings(supplement.path("block"));
        blocked.forEach(surfaces::remove);

        TokenTrie<Name> trie = new TokenTrie<>();
        blocked.forEach(b -> trie.add(b, true, null));
        surfaces.forEach((surface, name) -> trie.add(surface, true, name));
        TokenTrie<String> organs = new TokenTrie<>();
        for (JsonNode organ : supplement.path("organs")) {
            String canonical = organ.path("canonical").asText();
            Resources.strings(organ.path("names")).forEach(n -> organs.add(n, false, canonical));
        }
        return new CountryGazetteer(trie.freeze(), organs.freeze(), common, surfaces.keySet());
    }

    private static void addData(Map<String, Map<String, CountryForm>> map, String surface, String code, CountryForm f) {
        if (surface.isBlank()) return;
        map.computeIfAbsent(surface, k -> new LinkedHashMap<>()).putIfAbsent(code, f);
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    /** The common English name of a country ("North Korea" for PRK), or null if unknown. */
    public String commonName(String iso3) {
        return commonNames.get(iso3);
    }

    /** Every surface form the gazetteer matches, sorted. */
    public Set<String> knownNames() {
        return knownNames;
    }

    public List<Mention> find(String text) {
        return find(text, Tokenizer.tokenize(text));
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TokenTrie.Match<Name> m = names.match(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            i = m.end();
            if (m.value() == null) continue;
            Name name = m.value();
            CountryForm form = name.form();
            String organ = null;
            if (ORGAN_HOLDERS.contains(form)) {
                int j = m.end();
                if (j < tokens.size() && tokens.get(j).key().equals("'s")) j++;
                TokenTrie.Match<String> o = organs.match(tokens, j);
                if (o != null) {
                    organ = o.value();
                    form = CountryForm.STATE_ORGAN;
                    i = o.end();
                }
            }
            int begin = tokens.get(m.start()).begin();
            int end = tokens.get(i - 1).end();
            if (organ == null && (form == CountryForm.STATE_ORGAN || form == CountryForm.STATE_MEDIA)) {
                organ = text.substring(begin, end); // the organ is named outright: "KCNA", "Rosselkhoznadzor"
            }
            String canonical = commonNames.getOrDefault(name.code(), name.code());
            out.add(new Mention(
                    MentionKind.COUNTRY,
                    begin,
                    end,
                    text.substring(begin, end),
                    name.code(),
                    canonical,
                    new MentionDetail.Country(form, organ)));
        }
        return out;
    }
}
