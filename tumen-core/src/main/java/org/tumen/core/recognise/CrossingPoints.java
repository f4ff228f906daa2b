package org.tumen.core.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated border crossings and ports of {@code crossing-points.yaml}, and their mentions in text.
 * Curated because no public dataset lists railway border bridges (see the reference MANIFEST); each
 * entry carries the source of its coordinates.
 */
public final class CrossingPoints {
    private final Map<String, CrossingPoint> byId;
    private final TokenTrie<CrossingPoint> names;

    private CrossingPoints(Map<String, CrossingPoint> byId, TokenTrie<CrossingPoint> names) {
        this.byId = byId;
        this.names = names;
    }

    public static CrossingPoints load() {
        JsonNode root = Resources.yaml("crossing-points.yaml");
        Map<String, CrossingPoint> byId = new LinkedHashMap<>();
        TokenTrie<CrossingPoint> trie = new TokenTrie<>();
        Resources.strings(root.path("block")).forEach(b -> trie.add(b, true, null));
        for (JsonNode c : root.path("crossings")) {
            if (!c.path("lat").isNumber() || !c.path("lon").isNumber()) {
                throw new IllegalStateException("crossing-points.yaml: no coordinates for " + c.path("id"));
            }
            CrossingPoint p = new CrossingPoint(
                    c.path("id").asText(),
                    c.path("name").asText(),
                    Resources.strings(c.path("aliases")),
                    c.path("kind").asText(),
                    Resources.strings(c.path("modes")).stream()
                            .map(TransportMode::of)
                            .toList(),
                    Resources.strings(c.path("countries")),
                    c.path("lat").asDouble(),
                    c.path("lon").asDouble(),
                    c.path("precision").asText(),
                    c.path("source").asText(null));
            if (byId.put(p.id(), p) != null) throw new IllegalStateException("duplicate crossing id " + p.id());
            trie.add(p.name(), true, p);
            p.aliases().forEach(a -> trie.add(a, true, p));
        }
        return new CrossingPoints(java.util.Collections.unmodifiableMap(byId), trie.freeze());
    }

    public List<CrossingPoint> all() {
        return List.copyOf(byId.values());
    }

    public Optional<CrossingPoint> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Mention> find(String text) {
        return find(text, Tokenizer.tokenize(text));
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (TokenTrie.Match<CrossingPoint> m : names.scan(tokens)) {
            int begin = tokens.get(m.start()).begin();
            int end = tokens.get(m.end() - 1).end();
            CrossingPoint p = m.value();
            out.add(new Mention(
                    MentionKind.CROSSING_POINT,
                    begin,
                    end,
                    text.substring(begin, end),
                    p.id(),
                    p.name(),
                    new MentionDetail.Crossing(p)));
        }
        return out;
    }
}
