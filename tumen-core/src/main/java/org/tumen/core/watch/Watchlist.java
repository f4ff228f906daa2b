package org.tumen.core.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;
import org.tumen.core.schema.Schema;

/**
 * What an analyst watches. Every criterion given must hold; a criterion left null holds for every event. Build one
 * with {@link #named(String)} and the {@code with…} methods.
 *
 * @param party a party's name or ISO3 code, in any party role (case does not matter)
 * @param place a place name; an event matches when its place contains it or is contained in it
 * @param goods an HS prefix ("93", "9306") that the event's {@code hs} must start with
 * @param type a schema event type (TRANSFER, CROSSING, …)
 * @param minLikelihood an ICD 203 phrase: the event's assessment must be at least this likely
 */
public record Watchlist(String name, String party, String place, String goods, String type, String minLikelihood) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HS = Pattern.compile("\\d{2,10}");

    public Watchlist {
        if (name == null || !NAME.matcher(name).matches())
            throw new IllegalArgumentException(
                    "a watch name is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: " + name);
        party = blankToNull(party);
        place = blankToNull(place);
        goods = blankToNull(goods);
        if (goods != null && !HS.matcher(goods).matches())
            throw new IllegalArgumentException("--goods is an HS prefix of 2 to 10 digits: " + goods);
        type = blankToNull(type);
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!Schema.get().events().containsKey(type))
                throw new IllegalArgumentException("unknown event type " + type + "; one of "
                        + Schema.get().events().keySet());
        }
        minLikelihood = blankToNull(minLikelihood) == null ? null : Likelihood.parse(minLikelihood);
    }

    public static Watchlist named(String name) {
        return new Watchlist(name, null, null, null, null, null);
    }

    public Watchlist withParty(String p) {
        return new Watchlist(name, p, place, goods, type, minLikelihood);
    }

    public Watchlist withPlace(String p) {
        return new Watchlist(name, party, p, goods, type, minLikelihood);
    }

    public Watchlist withGoods(String hs) {
        return new Watchlist(name, party, place, hs, type, minLikelihood);
    }

    public Watchlist withType(String t) {
        return new Watchlist(name, party, place, goods, t, minLikelihood);
    }

    public Watchlist withMinLikelihood(String l) {
        return new Watchlist(name, party, place, goods, type, l);
    }

    /** Whether the event, as it stands, is what this watch covers, leaving the likelihood aside. */
    public boolean covers(FusedEvent e) {
        return (type == null || type.equals(e.type()))
                && (party == null || parties(e).contains(key(party)))
                && (place == null || coversPlace(placeOf(e)))
                && (goods == null || hs(e).stream().anyMatch(h -> h.startsWith(goods)));
    }

    /** Whether an assessment clears the likelihood floor; no floor clears everything, no assessment clears none. */
    public boolean likelyEnough(Assessment a) {
        if (minLikelihood == null) return true;
        return a != null && Likelihood.rank(a.likelihood()) >= Likelihood.rank(minLikelihood);
    }

    public boolean coversPlace(String p) {
        if (place == null) return true;
        if (p == null) return false;
        String a = key(p);
        String b = key(place);
        return a.contains(b) || b.contains(a);
    }

    /** The criteria in words, for {@code watch list}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (party != null) parts.add("party " + party);
        if (place != null) parts.add("place " + place);
        if (goods != null) parts.add("goods HS " + goods + "*");
        if (type != null) parts.add("type " + type);
        if (minLikelihood != null) parts.add("at least " + minLikelihood);
        return parts.isEmpty() ? "every event" : String.join(", ", parts);
    }

    public static String placeOf(FusedEvent e) {
        return e.roles().get("place") instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> parties(FusedEvent e) {
        List<String> out = new ArrayList<>();
        for (RoleDef role : Schema.get().event(e.type()).roles()) {
            if (role.kind() != RoleKind.PARTY && role.kind() != RoleKind.PARTIES) continue;
            for (Object v : values(e.roles().get(role.name()))) if (v instanceof String s) out.add(key(s));
        }
        return out;
    }

    private static List<String> hs(FusedEvent e) {
        List<String> out = new ArrayList<>();
        for (Object v : values(e.roles().get("hs")))
            if (v != null) out.add(v.toString().replace(".", ""));
        return out;
    }

    private static List<?> values(Object v) {
        return v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
