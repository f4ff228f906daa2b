package org.tumen.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tumen.core.model.Event;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;

/**
 * Checks events against the rule set: every TRANSFER, and every CROSSING that carries goods. A rule flags an event
 * when the direction, the goods and the date test all hold; rules sharing a tag (1718 and 1874 on arms) give one
 * flag citing them all, at the strongest severity among them, because analysts ask per measure, not per paragraph.
 */
public final class SanctionsChecker {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+|\\n+");

    private final RuleSet rules;
    private final PartyScreen screen;

    public SanctionsChecker() {
        this(RuleSet.defaults(), PartyScreen.NONE);
    }

    public SanctionsChecker(RuleSet rules, PartyScreen screen) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    /** Events with their {@code flags} role filled, and the full flags by event id (events without flags absent). */
    public record Checked(List<Event> events, Map<String, List<Flag>> flags) {}

    /** Checks every event of a report; TRANSFER events get their {@code flags} role set to the event tags. */
    public Checked apply(Report report, List<Event> events) {
        List<Event> out = new ArrayList<>();
        Map<String, List<Flag>> details = new LinkedHashMap<>();
        // a report names its parties again and again: screen each distinct name once
        PartyScreen once = PartyScreen.memoised(screen);
        for (Event e : events) {
            List<Flag> flags = check(e, report.published(), report.text(), once);
            if (!flags.isEmpty()) details.put(e.id(), flags);
            out.add(e.type().equals("TRANSFER") ? withTags(e, eventTags(flags)) : e);
        }
        return new Checked(out, details);
    }

    /** The flags of one event, its undated time read as "by the publication date"; no text, so no text cues. */
    public List<Flag> check(Event e, LocalDate published) {
        return check(e, published, null, screen);
    }

    /** As {@link #check(Event, LocalDate)}, also reading the report's text for signs of a disguised destination. */
    public List<Flag> check(Event e, Report report) {
        return check(e, report.published(), report.text(), screen);
    }

    /**
     * The listed-party flags of an event of this type and these roles, as the lists stand now: what a list update
     * re-derives for stored events. Only these depend on the lists; the goods rules' flags stay as extracted.
     */
    public List<Flag> listedPartyFlags(String type, Map<String, ?> roles) {
        Subject s = Subject.of(type, roles);
        return s == null ? List.of() : listed(s, screen);
    }

    /** The distinct tags of the flags that belong in the event's {@code flags} field, in order. */
    public static List<String> eventTags(List<Flag> flags) {
        return flags.stream().filter(Flag::eventTag).map(Flag::tag).distinct().toList();
    }

    private List<Flag> check(Event e, LocalDate published, String text, PartyScreen screen) {
        Subject s = Subject.of(e);
        if (s == null) return List.of();
        List<Flag> out = new ArrayList<>();
        Map<String, List<Match>> byTag = new LinkedHashMap<>();
        Map<String, String> outsideByTag = new LinkedHashMap<>();
        for (Regime g : rules.regimes()) {
            String outside = outside(g, s, e.when(), published);
            for (Rule r : g.rules()) {
                if (!r.direction().applies(s.supplier, s.recipient, g.target())) continue;
                DateTest date = DateTest.of(e.when(), published, r.from());
                if (!date.passes()) continue;
                if (r.trigger() != null) {
                    String why = obfuscation(r, e, s, text);
                    if (why != null) out.add(evasionFlag(r, s, date, why));
                    continue;
                }
                Match m = goods(r, s);
                if (m != null) {
                    byTag.computeIfAbsent(r.tag(), k -> new ArrayList<>()).add(m.dated(date));
                    if (outside != null) outsideByTag.put(r.tag(), outside);
                }
            }
        }
        List<Flag> goodsFlags = new ArrayList<>();
        byTag.forEach((tag, ms) -> goodsFlags.add(goodsFlag(s, ms, outsideByTag.get(tag))));
        goodsFlags.addAll(out);
        goodsFlags.addAll(listed(s, screen));
        return List.copyOf(goodsFlags);
    }

    // --- goods rules

    /** How a rule's goods met the event's: {@code partial} when the event's heading is broader than the rule's. */
    private record Match(Rule rule, String hsMatched, String word, boolean partial, DateTest date) {
        Match dated(DateTest d) {
            return new Match(rule, hsMatched, word, partial, d);
        }

        Severity severity() {
            Severity sv = rule.severity();
            // the text leaves it open whether the goods are the listed ones, or when they moved
            if ((partial || !date.tested()) && sv == Severity.BREACH) return Severity.POSSIBLE;
            return sv;
        }
    }

    private static Match goods(Rule r, Subject s) {
        if (s.hs != null) {
            for (String p : r.goods().hs()) if (s.hs.startsWith(p)) return new Match(r, p, null, false, null);
        }
        String w = GoodsWords.firstMatch(r.goods().words(), s.item);
        if (w != null) return new Match(r, null, w, false, null);
        if (s.hs != null) {
            for (String p : r.goods().hs()) if (p.startsWith(s.hs)) return new Match(r, p, null, true, null);
        }
        return null;
    }

    /**
     * The state on the other side of the transfer from the regime's target, when the regime does not reach it: a
     * national regime (the EU's, the UK's) governs its own states' trade, so a transfer between the DPRK and Russia
     * falls under it only where an EU or UK national, company, vessel or territory took part, which the report may
     * not say. Null when the other side is in reach, is not a state (a company's nationality is not known here), or
     * is not named.
     */
    private static String outside(Regime g, Subject s, String when, LocalDate published) {
        String other = g.target().equals(s.supplier) ? s.recipient : s.supplier;
        if (other == null || !ISO3.matcher(other).matches()) return null;
        return g.outside(other, when, published) ? other : null;
    }

    private Flag goodsFlag(Subject s, List<Match> matches, String outside) {
        // a rule that names the goods outright outweighs one that only may cover them
        List<Match> kept = matches.stream().anyMatch(m -> !m.partial)
                ? matches.stream().filter(m -> !m.partial).toList()
                : matches;
        Match best = kept.stream()
                .max(Comparator.comparing(Match::severity).thenComparing(m -> m.rule.from()))
                .orElseThrow();
        Rule r = best.rule;
        String citation = kept.stream()
                .sorted(Comparator.comparing(m -> m.rule.from()))
                .map(m -> m.rule.citation())
                .distinct()
                .collect(Collectors.joining("; "));
        Severity sv = outside != null ? Severity.REVIEW : best.severity();
        boolean verify = kept.stream().anyMatch(m -> m.rule.verify());
        String hs = kept.stream()
                .map(Match::hsMatched)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String explanation = s.phrase() + " " + verb(sv) + " " + r.tag() + " (" + citation + "), which " + r.summary()
                + reasons(best, s, outside) + ".";
        return new Flag(
                r.tag(),
                r.regime(),
                citation,
                s.goods(),
                hs,
                s.parties(),
                best.date.words(),
                sv.label(),
                explanation,
                verify,
                r.eventFlag());
    }

    private static String verb(Severity sv) {
        return switch (sv) {
            case BREACH -> "falls under";
            case POSSIBLE -> "may fall under";
            case REVIEW -> "needs review under";
        };
    }

    private String reasons(Match m, Subject s, String outside) {
        Rule r = m.rule;
        List<String> why = new ArrayList<>();
        if (!r.nationalLists().isEmpty()) {
            String lists = r.nationalLists().stream()
                    .map(k -> rules.rule(k).orElseThrow().citation())
                    .collect(Collectors.joining("; and "));
            why.add("the UN annexes do not name these goods, so a breach depends on the supplying state's own list;"
                    + " lists that name them: " + lists);
        }
        if (m.partial)
            why.add("the heading " + s.hs + " is broader than the listed " + m.hsMatched
                    + ", so the goods may not be the listed ones");
        if (!m.date.tested()) why.add("the time could not be tested");
        for (Threshold t : r.thresholds()) {
            if (t.isYearlyCap())
                why.add("one shipment cannot show a breach of " + t.words() + "; the year's total needs review");
            else why.add("caught at " + t.words() + "; the value is not tested");
        }
        if (!r.eventFlag() && r.trigger() == null) {
            Regime g = rules.regime(r);
            if (g.binds() != null) why.add("the " + g.name() + " regime binds " + g.binds());
            if (outside != null)
                why.add(
                        outside + " is outside it, so it applies only where one of those took part (a national, a"
                                + " company, a vessel or aircraft, or goods passing through its territory), which needs review");
        }
        return why.isEmpty() ? "" : "; " + String.join("; ", why);
    }

    // --- evasion

    /** Why the destination looks disguised, or null: a declared destination other than the recipient, or a cue. */
    private static String obfuscation(Rule r, Event e, Subject s, String text) {
        if (e.role("declared_destination") instanceof List<?> declared && !declared.isEmpty()) {
            List<String> names = declared.stream().map(String::valueOf).toList();
            if (s.recipient != null && !names.contains(s.recipient))
                return "declared for " + String.join(" and ", names) + " but going to " + s.recipient;
        }
        if (text == null || s.item == null) return null;
        // the extractor may leave declared_destination empty: a sentence of the report that says the destination
        // was disguised, and that names these goods, stands in for it
        for (String sentence : SENTENCE_END.split(text)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (String cue : r.cues()) {
                if (lower.contains(cue.toLowerCase(Locale.ROOT)) && GoodsWords.sharesContentWord(s.item, sentence))
                    return "the report says the destination was disguised (\"" + cue + "\")";
            }
        }
        return null;
    }

    private static Flag evasionFlag(Rule r, Subject s, DateTest date, String why) {
        String explanation = s.phrase() + " may fall under " + r.tag() + " (" + r.citation() + "), which " + r.summary()
                + ": " + why + ".";
        return new Flag(
                r.tag(),
                r.regime(),
                r.citation(),
                s.goods(),
                null,
                s.parties(),
                date.words(),
                r.severity().label(),
                explanation,
                r.verify(),
                r.eventFlag());
    }

    // --- listed parties

    private static List<Flag> listed(Subject s, PartyScreen screen) {
        List<Flag> out = new ArrayList<>();
        for (String party : s.parties()) {
            if (ISO3.matcher(party).matches()) continue; // states are not on entity lists
            for (PartyMatch m : screen.matches(party)) {
                String explanation = s.phrase() + " involves " + party + ", which matches " + m.listedName() + " on "
                        + m.list() + " (score " + String.format(Locale.ROOT, "%.2f", m.score()) + "); "
                        + m.citation() + " applies to it.";
                out.add(new Flag(
                        m.regime() + "/listed-party",
                        m.regime(),
                        m.citation(),
                        s.goods(),
                        null,
                        s.parties(),
                        "not tested: a listing is read as of the lists loaded now",
                        Severity.POSSIBLE.label(),
                        explanation,
                        false,
                        false));
            }
        }
        return out;
    }

    // --- the event as the rules see it

    private record Subject(String type, String supplier, String recipient, String item, String hs) {
        static Subject of(Event e) {
            return of(e.type(), e.roles());
        }

        static Subject of(String type, Map<String, ?> roles) {
            return switch (type) {
                case "TRANSFER" ->
                    new Subject(
                            type,
                            str(roles, "supplier"),
                            str(roles, "recipient"),
                            str(roles, "item"),
                            str(roles, "hs"));
                // a crossing is checked only when it carries goods: an empty train breaches nothing
                case "CROSSING" ->
                    str(roles, "item") == null
                            ? null
                            : new Subject(type, str(roles, "from"), str(roles, "to"), str(roles, "item"), null);
                default -> null;
            };
        }

        private static String str(Map<String, ?> roles, String role) {
            return roles.get(role) instanceof String v && !v.isBlank() ? v : null;
        }

        List<String> parties() {
            LinkedHashSet<String> p = new LinkedHashSet<>();
            if (supplier != null) p.add(supplier);
            if (recipient != null) p.add(recipient);
            return List.copyOf(p);
        }

        String goods() {
            String g = item == null ? "goods" : item;
            return hs == null ? g : g + " (HS " + hs + ")";
        }

        String phrase() {
            String who = supplier == null ? "an unnamed party" : supplier;
            String whom = recipient == null ? "an unnamed party" : recipient;
            return type.equals("CROSSING")
                    ? "Moving " + goods() + " from " + who + " to " + whom
                    : who + " supplying " + goods() + " to " + whom;
        }
    }

    private static Event withTags(Event e, List<String> tags) {
        Map<String, Object> roles = new LinkedHashMap<>(e.roles());
        roles.put("flags", tags);
        return new Event(e.id(), e.type(), roles, e.when(), e.status(), e.sources(), e.evidence());
    }
}
