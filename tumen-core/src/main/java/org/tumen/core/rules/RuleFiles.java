package org.tumen.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads regime files. Validation is strict, with messages that name the file, the rule and the field, because a
 * rule that silently loses a field (a misspelt {@code from}) would flag or clear transfers without anyone noticing.
 */
public final class RuleFiles {
    /** The regime files shipped with Tumen, under {@code org/tumen/core/rules/}. */
    public static final List<String> DEFAULTS = List.of("un-dprk.yaml", "eu-dprk.yaml", "uk-dprk.yaml", "us-dprk.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> REGIME_FIELDS =
            Set.of("regime", "title", "target", "binds", "jurisdiction", "event_flags", "rules");
    private static final Set<String> RULE_FIELDS = Set.of(
            "id",
            "tag",
            "citation",
            "summary",
            "direction",
            "goods",
            "from",
            "severity",
            "thresholds",
            "national_lists",
            "verify",
            "event_flags",
            "trigger",
            "cues");
    private static final Set<String> TRIGGERS = Set.of("obfuscation");

    private RuleFiles() {}

    /** Reads a regime file from the classpath, under {@code org/tumen/core/rules/}. */
    public static Regime resource(String name) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new RuleFileException(name + ": no such rule file on the classpath");
            return read(name, in);
        } catch (IOException e) {
            throw new RuleFileException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one regime file.
     *
     * @param file the name used in error messages
     * @throws RuleFileException naming the file, rule and field when the file is malformed
     */
    public static Regime read(String file, InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new RuleFileException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new RuleFileException(file + ": expected a mapping at the top");
        unknown(file, "", root, REGIME_FIELDS);
        String regime = text(file, "", root, "regime", true);
        String target = text(file, "", root, "target", true);
        if (!target.matches("[A-Z]{3}"))
            throw new RuleFileException(file + ": field 'target': an ISO 3166-1 alpha-3 code, got '" + target + "'");
        boolean eventFlags = bool(file, "", root, "event_flags", false);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty())
            throw new RuleFileException(file + ": field 'rules': a non-empty list of rules");
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rule(file, i + 1, regime, eventFlags, rules.get(i));
            if (!ids.add(r.id()))
                throw new RuleFileException(file + ": rule " + (i + 1) + ": id '" + r.id() + "' is used twice");
            out.add(r);
        }
        return new Regime(
                regime,
                text(file, "", root, "title", false),
                target,
                text(file, "", root, "binds", false),
                jurisdiction(file, root),
                file,
                out);
    }

    private static final Pattern MEMBERSHIP =
            Pattern.compile("([A-Z]{3})(?: since (\\d{4}-\\d{2}-\\d{2}))?(?: until (\\d{4}-\\d{2}-\\d{2}))?");

    /**
     * {@code jurisdiction: [AUT, "HRV since 2013-07-01", "GBR until 2020-12-31"]}: ISO 3166-1 alpha-3 codes, each
     * with the days it was in the regime's reach when not always.
     */
    private static Map<String, Regime.Membership> jurisdiction(String file, JsonNode root) {
        Map<String, Regime.Membership> out = new LinkedHashMap<>();
        for (String item : strings(file, "", root, "jurisdiction")) {
            Matcher m = MEMBERSHIP.matcher(item.strip());
            if (!m.matches())
                throw new RuleFileException(file + ": field 'jurisdiction': an ISO 3166-1 alpha-3 code, optionally"
                        + " followed by 'since YYYY-MM-DD' and 'until YYYY-MM-DD', got '" + item + "'");
            Regime.Membership days;
            try {
                days = new Regime.Membership(
                        m.group(2) == null ? null : LocalDate.parse(m.group(2)),
                        m.group(3) == null ? null : LocalDate.parse(m.group(3)));
            } catch (DateTimeParseException e) {
                throw new RuleFileException(file + ": field 'jurisdiction': not a date in '" + item + "'");
            }
            if (out.put(m.group(1), days) != null)
                throw new RuleFileException(file + ": field 'jurisdiction': " + m.group(1) + " is listed twice");
        }
        return out;
    }

    private static Rule rule(String file, int n, String regime, boolean regimeEventFlags, JsonNode r) {
        if (!r.isObject()) throw new RuleFileException(file + ": rule " + n + ": expected a mapping");
        String where = "rule " + n + (r.hasNonNull("id") ? " (" + r.get("id").asText() + ")" : "") + ": ";
        unknown(file, where, r, RULE_FIELDS);
        String trigger = text(file, where, r, "trigger", false);
        if (trigger != null && !TRIGGERS.contains(trigger))
            throw new RuleFileException(
                    file + ": " + where + "field 'trigger': one of " + TRIGGERS + ", got '" + trigger + "'");
        try {
            return new Rule(
                    regime,
                    text(file, where, r, "id", true),
                    text(file, where, r, "tag", true),
                    text(file, where, r, "citation", true),
                    text(file, where, r, "summary", true),
                    direction(file, where, r),
                    goods(file, where, r),
                    date(file, where, r),
                    severity(file, where, r),
                    thresholds(file, where, r),
                    strings(file, where, r, "national_lists"),
                    bool(file, where, r, "verify", false),
                    bool(file, where, r, "event_flags", regimeEventFlags),
                    trigger,
                    strings(file, where, r, "cues"));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file + ": " + where + "field " + e.getMessage(), e);
        }
    }

    private static Direction direction(String file, String where, JsonNode r) {
        String d = text(file, where, r, "direction", true);
        try {
            return Direction.valueOf(d.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file + ": " + where + "field 'direction': to, from or any, got '" + d + "'");
        }
    }

    private static Severity severity(String file, String where, JsonNode r) {
        String s = text(file, where, r, "severity", true);
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(
                    file + ": " + where + "field 'severity': breach, possible or review, got '" + s + "'");
        }
    }

    private static LocalDate date(String file, String where, JsonNode r) {
        String d = text(file, where, r, "from", true);
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new RuleFileException(file + ": " + where + "field 'from': a date YYYY-MM-DD, got '" + d + "'");
        }
    }

    private static Goods goods(String file, String where, JsonNode r) {
        JsonNode g = r.get("goods");
        if (g == null || !g.isObject())
            throw new RuleFileException(file + ": " + where + "field 'goods': a mapping with hs, words or any: true");
        unknown(file, where + "goods: ", g, Set.of("hs", "words", "any"));
        List<String> hs = strings(file, where, g, "hs");
        for (String p : hs)
            if (!p.matches("\\d{2,10}"))
                throw new RuleFileException(
                        file + ": " + where + "field 'goods.hs': HS prefixes are 2 to 10 digits, got '" + p + "'");
        List<String> words = strings(file, where, g, "words").stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        boolean any = bool(file, where, g, "any", false);
        if (!any && hs.isEmpty() && words.isEmpty())
            throw new RuleFileException(file + ": " + where + "field 'goods': give hs, words, or any: true");
        return new Goods(hs, words, any);
    }

    private static List<Threshold> thresholds(String file, String where, JsonNode r) {
        JsonNode t = r.get("thresholds");
        if (t == null) return List.of();
        if (!t.isArray()) throw new RuleFileException(file + ": " + where + "field 'thresholds': a list");
        List<Threshold> out = new ArrayList<>();
        for (JsonNode x : t) {
            unknown(file, where + "thresholds: ", x, Set.of("kind", "amount", "unit", "applies_to"));
            JsonNode amount = x.get("amount");
            if (amount == null || !amount.isNumber())
                throw new RuleFileException(file + ": " + where + "field 'thresholds.amount': a number, got " + amount);
            out.add(new Threshold(
                    text(file, where, x, "kind", true),
                    new BigDecimal(amount.asText()),
                    text(file, where, x, "unit", true),
                    text(file, where, x, "applies_to", false)));
        }
        return out;
    }

    private static void unknown(String file, String where, JsonNode node, Set<String> known) {
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f))
                throw new RuleFileException(file + ": " + where + "unknown field '" + f + "' (known: "
                        + known.stream().sorted().toList() + ")");
        });
    }

    private static String text(String file, String where, JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw new RuleFileException(file + ": " + where + "field '" + field + "' is missing");
            return null;
        }
        if (!v.isValueNode()) throw new RuleFileException(file + ": " + where + "field '" + field + "': expected text");
        return v.asText().strip();
    }

    private static boolean bool(String file, String where, JsonNode node, String field, boolean dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return dflt;
        if (!v.isBoolean())
            throw new RuleFileException(file + ": " + where + "field '" + field + "': true or false, got " + v);
        return v.asBoolean();
    }

    private static List<String> strings(String file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new RuleFileException(file + ": " + where + "field '" + field + "': a list");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isValueNode() || x.asText().isBlank())
                throw new RuleFileException(file + ": " + where + "field '" + field + "': a list of text, got " + x);
            out.add(x.asText().strip());
        }
        return out;
    }
}
