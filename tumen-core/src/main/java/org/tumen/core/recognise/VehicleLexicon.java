package org.tumen.core.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds vehicles and the transport mode each implies ({@code vehicles.yaml}): a "train" or
 * "railcars" make a shipment go by rail, a "tanker" by sea.
 */
public final class VehicleLexicon {
    private record Vehicle(String lemma, TransportMode mode) {}

    private final TokenTrie<Vehicle> vehicles;

    private VehicleLexicon(TokenTrie<Vehicle> vehicles) {
        this.vehicles = vehicles;
    }

    public static VehicleLexicon load() {
        JsonNode root = Resources.yaml("vehicles.yaml");
        TokenTrie<Vehicle> trie = new TokenTrie<>();
        Resources.strings(root.path("block")).forEach(b -> trie.add(b, false, null));
        Map<String, String> irregular = new java.util.HashMap<>();
        root.path("irregular")
                .properties()
                .forEach(e -> irregular.put(e.getKey(), e.getValue().asText()));
        root.path("vehicles").properties().forEach(e -> {
            TransportMode mode = TransportMode.of(e.getKey());
            for (String lemma : Resources.strings(e.getValue())) {
                Vehicle v = new Vehicle(lemma, mode);
                trie.add(lemma, false, v);
                trie.add(irregular.getOrDefault(lemma, English.plural(lemma)), false, v);
            }
        });
        return new VehicleLexicon(trie.freeze());
    }

    /** The mode a vehicle word implies ("railcars" -> RAIL), if it is one. */
    public java.util.Optional<TransportMode> modeOf(String vehicleWord) {
        List<Token> tokens = Tokenizer.tokenize(vehicleWord);
        TokenTrie.Match<Vehicle> m = tokens.isEmpty() ? null : vehicles.match(tokens, 0);
        return m == null || m.value() == null || m.end() != tokens.size()
                ? java.util.Optional.empty()
                : java.util.Optional.of(m.value().mode());
    }

    public List<Mention> find(String text) {
        return find(text, Tokenizer.tokenize(text));
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (TokenTrie.Match<Vehicle> m : vehicles.scan(tokens)) {
            if (English.inCompound(tokens, m.start(), m.end())) continue;
            int begin = tokens.get(m.start()).begin();
            int end = tokens.get(m.end() - 1).end();
            Vehicle v = m.value();
            out.add(new Mention(
                    MentionKind.VEHICLE,
                    begin,
                    end,
                    text.substring(begin, end),
                    v.mode().code(),
                    v.lemma(),
                    new MentionDetail.Vehicle(v.mode())));
        }
        return out;
    }
}
