package org.tumen.core.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumen.core.text.NumberWords;

/**
 * Finds counted or measured goods: "30 thoroughbred horses", "thirty horses", "1,000 tonnes of coal",
 * "five stallions and 25 mares" (one quantity, 30, over the whole phrase, because the parts are the
 * same goods family).
 *
 * <p>A number only becomes a quantity when it counts goods or vehicles or measures in a unit; years,
 * distances ("800m") and money ("tens of thousands of dollars", "$10 million") do not. Vague amounts
 * ("dozens", "a significant number") give no quantity: the gold wants null there, not a guess.
 */
public final class QuantityParser {
    private static final Map<String, Integer> SMALL = NumberWords.UNITS;
    private static final Map<String, Integer> TENS = NumberWords.TENS;
    private static final Map<String, Long> SCALES =
            Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "€", "£", "¥", "₩", "₽");
    private static final Set<String> CURRENCIES = Set.of(
            "dollar",
            "dollars",
            "euro",
            "euros",
            "yuan",
            "renminbi",
            "won",
            "rouble",
            "roubles",
            "ruble",
            "rubles",
            "pound",
            "pounds",
            "yen",
            "usd",
            "eur");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("tonne", "tonnes"),
            Map.entry("tonnes", "tonnes"),
            Map.entry("ton", "tonnes"),
            Map.entry("tons", "tonnes"),
            Map.entry("kilogram", "kg"),
            Map.entry("kilograms", "kg"),
            Map.entry("kg", "kg"),
            Map.entry("barrel", "barrels"),
            Map.entry("barrels", "barrels"),
            Map.entry("litre", "litres"),
            Map.entry("litres", "litres"),
            Map.entry("liter", "litres"),
            Map.entry("liters", "litres"),
            Map.entry("container", "containers"),
            Map.entry("containers", "containers"),
            Map.entry("head", "head"));
    /** Words allowed between a number and its goods: "30 more horses", "25 Russian mares". */
    private static final Set<String> NOT_BETWEEN = Set.of(
            "of",
            "and",
            "or",
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "to",
            "for",
            "by",
            "with",
            "from",
            "than",
            "since",
            "per",
            "years",
            "year",
            "days",
            "months",
            "weeks",
            "times",
            "percent",
            "per cent");

    private static final Set<String> YEAR_PREPOSITIONS =
            Set.of("in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "to");

    private record Num(BigDecimal value, int start, int end) {}

    /** The quantities in {@code text}, given the goods and vehicles already found in it. */
    List<Mention> find(String text, List<Token> tokens, List<Mention> goods, List<Mention> vehicles) {
        Map<Integer, Mention> counted = new HashMap<>();
        vehicles.forEach(v -> counted.put(v.begin(), v));
        goods.forEach(g -> counted.put(g.begin(), g)); // goods win where both start: "tankers"
        Map<Integer, Integer> tokenAt = new HashMap<>();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenAt.put(tokens.get(i).begin(), i);
            tokenEndingAt.put(tokens.get(i).end(), i);
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Num num = number(tokens, i);
            if (num == null) {
                i++;
                continue;
            }
            Phrase first = countedPhrase(text, tokens, num, counted, tokenAt, tokenEndingAt);
            if (first == null) {
                i = num.end();
                continue;
            }
            BigDecimal total = num.value();
            Phrase last = first;
            // "five stallions and 25 mares": the same family joined by "and" or a comma is one count
            for (int j = first.endToken(); j + 1 < tokens.size(); ) {
                String joiner = tokens.get(j).key();
                if (!joiner.equals("and") && !joiner.equals(",")) break;
                Num next = number(tokens, j + 1);
                if (next == null) break;
                Phrase p = countedPhrase(text, tokens, next, counted, tokenAt, tokenEndingAt);
                if (p == null || first.family() == null || !first.family().equals(p.family()) || p.unit() != null) {
                    break;
                }
                total = total.add(next.value());
                last = p;
                j = p.endToken();
            }
            int begin = tokens.get(num.start()).begin();
            int end = tokens.get(last.endToken() - 1).end();
            String noun = last == first ? first.noun() : first.family();
            out.add(new Mention(
                    MentionKind.QUANTITY,
                    begin,
                    end,
                    text.substring(begin, end),
                    total.stripTrailingZeros().toPlainString(),
                    noun,
                    new MentionDetail.Quantity(total, first.unit(), noun, first.hs())));
            i = last.endToken();
        }
        return out;
    }

    /** What a number counts, and the token after it. */
    private record Phrase(int endToken, String noun, String unit, String hs, String family) {}

    private static Phrase countedPhrase(
            String text,
            List<Token> tokens,
            Num num,
            Map<Integer, Mention> counted,
            Map<Integer, Integer> tokenAt,
            Map<Integer, Integer> tokenEndingAt) {
        int j = num.end();
        if (j >= tokens.size()) return null;
        Token next = tokens.get(j);
        if (CURRENCIES.contains(next.key())) return null;
        if (next.gluedLeft() && Character.isLetter(next.form().charAt(0))) return null; // 800m, 5kg
        String unit = UNITS.get(next.key());
        if (unit != null) {
            int after = j + 1;
            if (after + 1 < tokens.size() && tokens.get(after).key().equals("of")) {
                Mention g = counted.get(tokens.get(after + 1).begin());
                if (g != null && g.kind() == MentionKind.GOODS) {
                    return new Phrase(tokenEndingAt.get(g.end()) + 1, g.canonical(), unit, g.code(), null);
                }
            }
            return new Phrase(after, unit, unit, null, null);
        }
        // "in 2020 horses were sent": a year after a preposition, or a year with words before the goods
        boolean year = isYear(tokens.get(num.start()), num.value());
        if (year
                && num.start() > 0
                && YEAR_PREPOSITIONS.contains(tokens.get(num.start() - 1).key())) return null;
        for (int k = j; k < Math.min(j + 3, tokens.size()); k++) {
            Mention m = counted.get(tokens.get(k).begin());
            if (m != null && m.begin() == tokens.get(k).begin()) {
                if (k > j && year) return null;
                boolean goods = m.kind() == MentionKind.GOODS;
                String family = goods && m.detail() instanceof MentionDetail.Goods g ? g.family() : m.canonical();
                return new Phrase(tokenEndingAt.get(m.end()) + 1, m.canonical(), null, goods ? m.code() : null, family);
            }
            Token t = tokens.get(k);
            if (!Character.isLetter(t.form().charAt(0)) || NOT_BETWEEN.contains(t.key())) return null;
        }
        return null;
    }

    private static boolean isYear(Token token, BigDecimal value) {
        return token.form().length() == 4
                && Character.isDigit(token.form().charAt(0))
                && value.compareTo(BigDecimal.valueOf(1800)) >= 0
                && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    /** A number written in digits or words starting at token {@code i}, or null. */
    private static Num number(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i > 0 && CURRENCY_SYMBOLS.contains(tokens.get(i - 1).form()) && t.gluedLeft()) return null;
        if (i > 0 && t.gluedLeft() && tokens.get(i - 1).form().equals("-")) return null; // Covid-19
        BigDecimal value;
        int j;
        if (Character.isDigit(t.form().charAt(0))) {
            // "1.2.3" (a version, a date, a section number) is no quantity
            String digits = t.form().replace(",", "");
            if (!digits.matches("\\d+(\\.\\d+)?")) return null;
            value = new BigDecimal(digits);
            j = i + 1;
        } else {
            long total = 0;
            long current = 0;
            j = i;
            boolean any = false;
            if (t.key().equals("a") && i + 1 < tokens.size()) {
                String k = tokens.get(i + 1).key();
                if (k.equals("dozen")) return new Num(BigDecimal.valueOf(12), i, i + 2);
                if (SCALES.containsKey(k)) {
                    current = 1;
                    j = i + 1;
                    any = true;
                }
            }
            while (j < tokens.size()) {
                String k = tokens.get(j).key();
                if (SMALL.containsKey(k)) {
                    current += SMALL.get(k);
                } else if (TENS.containsKey(k)) {
                    current += TENS.get(k);
                    // twenty-five
                    if (j + 2 < tokens.size()
                            && tokens.get(j + 1).form().equals("-")
                            && tokens.get(j + 2).gluedLeft()
                            && SMALL.containsKey(tokens.get(j + 2).key())) {
                        current += SMALL.get(tokens.get(j + 2).key());
                        j += 2;
                    }
                } else if (k.equals("hundred") && any) {
                    current *= 100;
                } else if (SCALES.containsKey(k) && any) {
                    total += current * SCALES.get(k);
                    current = 0;
                } else if (k.equals("dozen") && any) {
                    current *= 12;
                } else {
                    break;
                }
                any = true;
                j++;
            }
            if (!any) return null;
            value = BigDecimal.valueOf(total + current);
            return new Num(value, i, j);
        }
        // "2.5 million barrels"
        if (j < tokens.size() && SCALES.containsKey(tokens.get(j).key())) {
            value = value.multiply(BigDecimal.valueOf(SCALES.get(tokens.get(j).key())));
            j++;
        }
        return new Num(value, i, j);
    }
}
