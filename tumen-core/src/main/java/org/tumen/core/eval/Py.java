package org.tumen.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The few Python built-ins that score.py leans on, with Python's semantics on JSON values: truthiness, {@code ==},
 * {@code str()}/{@code repr()}, {@code strip()}, {@code splitlines()}, {@code round()} and {@code %.Nf}. The scorer
 * must agree with score.py to the last digit, so these are ported rather than approximated with Java's look-alikes,
 * which differ at the edges (Java's {@code strip()} keeps U+00A0, {@code %.3f} rounds half up, {@code 30 != 30.0}).
 *
 * <p>A Java {@code null}, a JSON {@code null} and a missing node all stand for Python's {@code None}, because
 * score.py reads every optional field with {@code dict.get}.
 */
final class Py {
    /** Python sorts strings by code point; {@link String#compareTo} compares UTF-16 units. */
    static final Comparator<String> CODE_POINT_ORDER = Py::compareCodePoints;

    private Py() {}

    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** {@code dict.get(name)}, with None for both a missing key and a JSON null. */
    static JsonNode get(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return isNone(v) ? null : v;
    }

    /** {@code bool(v)}. NaN is truthy in Python. */
    static boolean truthy(JsonNode v) {
        if (isNone(v)) return false;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isNumber())
            return v.isFloatingPointNumber()
                    ? v.doubleValue() != 0.0
                    : v.bigIntegerValue().signum() != 0;
        if (v.isTextual()) return !v.textValue().isEmpty();
        return v.size() > 0;
    }

    /** {@code a == b}: bool is an int, int and float compare exactly, NaN equals nothing. */
    static boolean eq(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
        if (isNumeric(a) && isNumeric(b)) return numericEquals(a, b);
        if (a.isTextual() && b.isTextual()) return a.textValue().equals(b.textValue());
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!eq(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !eq(e.getValue(), b.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    private static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    private static boolean numericEquals(JsonNode a, JsonNode b) {
        if (a.isFloatingPointNumber() && b.isFloatingPointNumber()) return a.doubleValue() == b.doubleValue();
        BigDecimal x = exact(a), y = exact(b);
        return x != null && y != null && x.compareTo(y) == 0;
    }

    /** The exact value of a number or bool, or null for NaN and the infinities (which equal no int). */
    private static BigDecimal exact(JsonNode v) {
        if (v.isBoolean()) return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        if (v.isFloatingPointNumber()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return new BigDecimal(v.bigIntegerValue());
    }

    /** {@code str(v)}: a string is itself, anything else its repr. */
    static String str(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : repr(v);
    }

    /** {@code repr(v)} of a value json.loads could have produced. */
    static String repr(JsonNode v) {
        if (isNone(v)) return "None";
        if (v.isBoolean()) return v.booleanValue() ? "True" : "False";
        if (v.isFloatingPointNumber()) return floatRepr(v.doubleValue());
        if (v.isNumber()) return v.bigIntegerValue().toString();
        if (v.isTextual()) return stringRepr(v.textValue());
        StringBuilder out = new StringBuilder();
        if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) out.append(i > 0 ? ", " : "").append(repr(v.get(i)));
            return out.append(']').toString();
        }
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); first = false) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append(first ? "" : ", ")
                    .append(stringRepr(e.getKey()))
                    .append(": ")
                    .append(repr(e.getValue()));
        }
        return out.append('}').toString();
    }

    /** CPython's unicode_repr: the quote it picks and the escapes it writes. */
    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') out.append('\\').appendCodePoint(c);
            else if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c < ' ' || c == 0x7f) out.append(String.format("\\x%02x", c));
            else if (c < 0x7f || isPrintable(c)) out.appendCodePoint(c);
            else if (c <= 0xff) out.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) out.append(String.format("\\u%04x", c));
            else out.append(String.format("\\U%08x", c));
        });
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} for one non-ASCII code point: not a control, format, separator or unassigned. */
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * {@code repr(float)}: the shortest digits that read back as {@code d}, fixed notation for decimal exponents from
     * -4 to 15, otherwise {@code 1e+16} style.
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int n = digits.length();
        int decpt = n - shortest.scale(); // value = 0.digits * 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
            if (decpt >= n) return sign + digits + "0".repeat(decpt - n) + ".0";
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /**
     * The shortest decimal that rounds to {@code d}, closest to it among the shortest. Java's Double.toString gives
     * this except that it prefers two digits to one when the two-digit decimal is closer (4.9E-324, where Python
     * writes 5e-324), so one-digit candidates are tried first.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal java = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (java.precision() != 2) return java;
        BigDecimal exactValue = new BigDecimal(d);
        BigDecimal best = null;
        for (RoundingMode mode : List.of(RoundingMode.FLOOR, RoundingMode.CEILING)) {
            BigDecimal candidate = java.round(new MathContext(1, mode)).stripTrailingZeros();
            if (candidate.signum() == 0 || candidate.doubleValue() != d) continue;
            if (best == null
                    || candidate
                                    .subtract(exactValue)
                                    .abs()
                                    .compareTo(best.subtract(exactValue).abs())
                            < 0) {
                best = candidate;
            }
        }
        return best != null ? best : java;
    }

    /** {@code round(x, places)}: half-even on the double's exact binary value, as CPython does. */
    static double round(double x, int places) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code '%.Nf' % x}, correctly rounded from the exact value like CPython (Java's %f rounds half up). */
    static String fixed(double x, int places) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String s = new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code '%-Ns' % s}: left-justified to N code points. */
    static String ljust(String s, int width) {
        int length = s.codePointCount(0, s.length());
        return length >= width ? s : s + " ".repeat(width - length);
    }

    /** {@code str.isspace()} for one code point. */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d)
                || (c >= 0x1c && c <= 0x20)
                || c == 0x85
                || c == 0xa0
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202f
                || c == 0x205f
                || c == 0x3000;
    }

    /** {@code str.strip()}: Python's whitespace, which includes U+00A0 and U+0085 unlike Java's. */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && isSpace(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    /** {@code str.splitlines()}: breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029. */
    static List<String> splitlines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0, i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean isBreak = c == '\n'
                    || c == '\r'
                    || c == 0x0b
                    || c == 0x0c
                    || (c >= 0x1c && c <= 0x1e)
                    || c == 0x85
                    || c == 0x2028
                    || c == 0x2029;
            if (!isBreak) {
                i++;
                continue;
            }
            lines.add(s.substring(start, i));
            i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
            start = i;
        }
        if (start < s.length()) lines.add(s.substring(start));
        return lines;
    }

    /** {@code s[:n]}, counting code points. */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
