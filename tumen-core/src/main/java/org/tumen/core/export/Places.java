package org.tumen.core.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tumen.core.recognise.CountryGazetteer;
import org.tumen.core.recognise.CrossingPoint;
import org.tumen.core.recognise.CrossingPoints;

/**
 * Where things are, for the exports that place events: country codes and representative points (from
 * {@code country-centroids.tsv}, see SOURCES.md), country names from the recognition gazetteer (one source of
 * names for the whole product) and the curated crossing points. Loaded once.
 */
final class Places {
    record Country(String iso3, String iso2, String name, double lat, double lon) {}

    private static final class Holder {
        static final Places INSTANCE = load();
    }

    private final Map<String, Country> countries;
    private final CrossingPoints crossings;

    private Places(Map<String, Country> countries, CrossingPoints crossings) {
        this.countries = Map.copyOf(countries);
        this.crossings = crossings;
    }

    static Places get() {
        return Holder.INSTANCE;
    }

    /** The country a party value names, when it is an ISO 3166-1 alpha-3 code Tumen knows. */
    Optional<Country> country(String party) {
        return Optional.ofNullable(party).map(countries::get);
    }

    /** A party for people: the country's common name for a code, else the value as written. */
    String name(String party) {
        return country(party).map(Country::name).orElse(party);
    }

    /** The crossing point a place role names: by curated id, else the first crossing named in the text. */
    Optional<CrossingPoint> crossing(String place) {
        if (place == null || place.isBlank()) return Optional.empty();
        return crossings
                .byId(place)
                .or(() -> crossings.find(place).stream().findFirst().flatMap(m -> crossings.byId(m.code())));
    }

    private static Places load() {
        // the recogniser's gazetteer, loaded once per JVM, rather than a second copy of the country data
        CountryGazetteer gazetteer =
                org.tumen.core.recognise.DomainRecognizer.defaults().countries();
        Map<String, Country> countries = new HashMap<>();
        try (InputStream in = Places.class.getResourceAsStream("country-centroids.tsv")) {
            if (in == null) throw new IllegalStateException("country-centroids.tsv missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                String name = gazetteer.commonName(f[0]);
                countries.put(
                        f[0],
                        new Country(
                                f[0],
                                f[1],
                                name == null ? f[0] : name,
                                Double.parseDouble(f[2]),
                                Double.parseDouble(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read country-centroids.tsv", e);
        }
        return new Places(countries, CrossingPoints.load());
    }
}
