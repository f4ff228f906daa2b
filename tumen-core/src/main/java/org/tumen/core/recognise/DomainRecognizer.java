package org.tumen.core.recognise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recognise stage: countries, goods, vehicles, crossing points and quantities in one call.
 *
 * <p>Immutable after construction and safe to share between threads; {@link #defaults()} loads the
 * package's data once per JVM, on first use.
 */
public final class DomainRecognizer {
    private static final Comparator<Mention> ORDER =
            Comparator.comparingInt(Mention::begin).thenComparing(Mention::kind).thenComparingInt(Mention::end);

    private final CountryGazetteer countries;
    private final GoodsLexicon goods;
    private final VehicleLexicon vehicles;
    private final CrossingPoints crossings;
    private final QuantityParser quantities = new QuantityParser();
    private final Set<String> knownNames;

    public DomainRecognizer(
            CountryGazetteer countries, GoodsLexicon goods, VehicleLexicon vehicles, CrossingPoints crossings) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.goods = Objects.requireNonNull(goods, "goods");
        this.vehicles = Objects.requireNonNull(vehicles, "vehicles");
        this.crossings = Objects.requireNonNull(crossings, "crossings");
        Set<String> names = new TreeSet<>(countries.knownNames());
        crossings.all().forEach(c -> {
            names.add(c.name());
            names.addAll(c.aliases());
        });
        names.addAll(goods.properNames());
        this.knownNames = Collections.unmodifiableSet(names);
    }

    private static final class Holder {
        static final DomainRecognizer DEFAULT = new DomainRecognizer(
                CountryGazetteer.load(), GoodsLexicon.load(), VehicleLexicon.load(), CrossingPoints.load());
    }

    /** The recogniser over the data shipped in this package, loaded once. */
    public static DomainRecognizer defaults() {
        return Holder.DEFAULT;
    }

    /**
     * All mentions in {@code text}, sorted by position. Mentions of one kind never overlap; mentions of
     * different kinds may ("30 thoroughbred horses" is a QUANTITY over a GOODS; "tanker" is a VEHICLE and
     * GOODS). A country named inside a crossing point's name ("China–North Korea Friendship Bridge")
     * is part of the name, not a party, and is dropped.
     */
    public List<Mention> recognize(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Mention> crossingMentions = crossings.find(text, tokens);
        List<Mention> goodsMentions = goods.find(text, tokens);
        List<Mention> vehicleMentions = vehicles.find(text, tokens);
        List<Mention> all = new ArrayList<>(crossingMentions);
        for (Mention c : countries.find(text, tokens)) {
            if (crossingMentions.stream().noneMatch(c::overlaps)) all.add(c);
        }
        all.addAll(goodsMentions);
        all.addAll(vehicleMentions);
        all.addAll(quantities.find(text, tokens, goodsMentions, vehicleMentions));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /** Proper names the recogniser knows (countries, capitals, demonyms, crossings, goods), sorted. */
    public Set<String> knownNames() {
        return knownNames;
    }

    public CountryGazetteer countries() {
        return countries;
    }

    public GoodsLexicon goods() {
        return goods;
    }

    public VehicleLexicon vehicles() {
        return vehicles;
    }

    public CrossingPoints crossings() {
        return crossings;
    }
}
