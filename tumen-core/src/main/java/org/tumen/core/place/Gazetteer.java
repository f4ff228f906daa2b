package org.tumen.core.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tumen.core.recognise.CrossingPoint;
import org.tumen.core.recognise.CrossingPoints;

/**
 * The places Tumen watches: the crossing points of {@code recognise/crossing-points.yaml} (which the recogniser also
 * finds in text) plus the stations, depots and towns of {@code places.yaml}. Names match case-insensitively with
 * dashes and spaces normalised, on word boundaries.
 */
public final class Gazetteer {
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Place> byId;
    private final List<SoleRailLink> soleRailLinks;

    private Gazetteer(Map<String, Place> byId, List<SoleRailLink> soleRailLinks) {
        this.byId = byId;
        this.soleRailLinks = soleRailLinks;
    }

    /** Two states joined by one rail crossing only, and the source that says so. */
    public record SoleRailLink(List<String> countries, String place, String source) {
        public SoleRailLink {
            countries = List.copyOf(countries);
            if (countries.size() != 2) throw new IllegalArgumentException("a rail link joins two states: " + countries);
            if (source == null || source.isBlank())
                throw new IllegalArgumentException("a sole rail link needs a source");
        }
    }

    private static volatile Gazetteer bundled;

    /**
     * The bundled places, read once per JVM: the gazetteer is immutable, and the store's alert signals, the server and
     * the place commands each asked for their own copy.
     */
    public static Gazetteer load() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) bundled = g = read();
            }
        }
        return g;
    }

    private static Gazetteer read() {
        List<Place> places = new ArrayList<>();
        for (CrossingPoint c : CrossingPoints.load().all()) places.add(fromCrossing(c));
        JsonNode root = yaml("places.yaml");
        for (JsonNode p : root.path("places")) places.add(fromYaml(p));
        List<SoleRailLink> links = new ArrayList<>();
        for (JsonNode l : root.path("sole_rail_links"))
            links.add(new SoleRailLink(
                    strings(l.path("countries")), l.path("place").asText(), text(l, "source")));
        return of(places, links);
    }

    public static Gazetteer of(List<Place> places, List<SoleRailLink> soleRailLinks) {
        Map<String, Place> byId = new LinkedHashMap<>();
        for (Place p : places)
            if (byId.put(p.id(), p) != null) throw new IllegalStateException("duplicate place id " + p.id());
        for (Place p : places)
            if (p.near() != null && !byId.containsKey(p.near()))
                throw new IllegalStateException(p.id() + " is near an unknown place " + p.near());
        for (SoleRailLink l : soleRailLinks) {
            Place p = byId.get(l.place());
            if (p == null
                    || !p.serves("rail")
                    || !p.joins(l.countries().get(0), l.countries().get(1)))
                throw new IllegalStateException("sole rail link " + l + " is not a rail crossing between its states");
        }
        return new Gazetteer(Collections.unmodifiableMap(byId), List.copyOf(soleRailLinks));
    }

    public List<Place> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The place a user means by {@code query}: an id, name or alias exactly; else the places with a name starting with
     * it — one, or several that all belong to one of them (its stations to a bridge), which then wins.
     */
    public Lookup lookup(String query) {
        String q = normalise(query);
        List<Place> exact = all().stream()
                .filter(p -> p.id().equals(q)
                        || p.names().stream().anyMatch(n -> normalise(n).equals(q)))
                .toList();
        if (!exact.isEmpty()) return new Lookup(exact);
        List<Place> prefixed = all().stream()
                .filter(p -> p.names().stream().anyMatch(n -> normalise(n).startsWith(q)))
                .toList();
        for (Place hub : prefixed) {
            if (prefixed.stream().allMatch(p -> p == hub || hub.id().equals(p.near()))) return new Lookup(List.of(hub));
        }
        return new Lookup(prefixed);
    }

    /** The outcome of {@link #lookup}: found when exactly one place matched. */
    public record Lookup(List<Place> matches) {
        public Lookup {
            matches = List.copyOf(matches);
        }

        public Optional<Place> found() {
            return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
        }
    }

    /** Places named in {@code text}, longest name first; a name inside a longer matched name does not count. */
    public List<Place> mentionedIn(String text) {
        if (text == null || text.isBlank()) return List.of();
        String t = " " + normalise(text).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        List<String[]> hits = new ArrayList<>();
        for (Place p : byId.values()) {
            for (String n : p.names()) {
                String key =
                        " " + normalise(n).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip() + " ";
                if (t.contains(key)) hits.add(new String[] {key, p.id()});
            }
        }
        hits.sort((a, b) -> b[0].length() - a[0].length());
        List<Place> out = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String[] h : hits) {
            if (taken.stream().anyMatch(k -> k.contains(h[0]))) continue;
            taken.add(h[0]);
            Place p = byId.get(h[1]);
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    /** The one rail crossing between two states, when the data says there is only one. */
    public Optional<Place> soleRailLink(String a, String b) {
        return soleRailLinks.stream()
                .filter(l -> !a.equals(b)
                        && l.countries().contains(a)
                        && l.countries().contains(b))
                .map(l -> byId.get(l.place()))
                .findFirst();
    }

    public List<SoleRailLink> soleRailLinks() {
        return soleRailLinks;
    }

    /** Places whose {@code near} is {@code id}. */
    public List<Place> around(String id) {
        return byId.values().stream().filter(p -> id.equals(p.near())).toList();
    }

    static String normalise(String s) {
        String d = DASHES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return SPACES.matcher(d).replaceAll(" ");
    }

    private static Place fromCrossing(CrossingPoint c) {
        return new Place(
                c.id(),
                c.name(),
                c.aliases(),
                c.kind(),
                c.modes().stream().map(m -> m.code()).toList(),
                c.countries(),
                null,
                null,
                new Coordinates(c.lat(), c.lon(), c.precision(), null),
                null,
                c.source());
    }

    private static Place fromYaml(JsonNode p) {
        Coordinates at = null;
        if (p.hasNonNull("lat") || p.hasNonNull("lon")) {
            at = new Coordinates(
                    p.path("lat").asDouble(),
                    p.path("lon").asDouble(),
                    p.path("precision").asText(""),
                    text(p, "note"));
        }
        return new Place(
                p.path("id").asText(),
                p.path("name").asText(),
                strings(p.path("aliases")),
                p.path("kind").asText(),
                strings(p.path("modes")),
                strings(p.path("countries")),
                text(p, "status"),
                text(p, "near"),
                at,
                text(p, "coordinates_absent"),
                text(p, "source"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static JsonNode yaml(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
