package org.tumen.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes an {@link EventScore} three ways: score.py's plain text and its {@code --json}, each byte for byte as
 * Python prints them (so that a diff against the reference scorer is empty), and a summary for people.
 */
public final class EventScoreFormat {
    private EventScoreFormat() {}

    /** What {@code python3 score.py GOLD PRED} prints, trailing newline included. */
    public static String reference(EventScore s) {
        StringBuilder out = new StringBuilder();
        for (ReportScore r : s.reports()) {
            out.append(Py.ljust(r.report(), 28))
                    .append(' ')
                    .append(r.found() ? "ok " : "NO PREDICTION")
                    .append(" tp=")
                    .append(r.tp())
                    .append(" fp=")
                    .append(r.fp())
                    .append(" fn=")
                    .append(r.fn())
                    .append(" missed=")
                    .append(String.join(",", r.missed()))
                    .append('\n');
        }
        s.perType()
                .forEach((t, v) -> out.append("  ")
                        .append(Py.ljust(t, 14))
                        .append(" matched ")
                        .append(v.matched())
                        .append('/')
                        .append(v.gold())
                        .append(", spurious ")
                        .append(v.spurious())
                        .append('\n'));
        StringJoiner fields = new StringJoiner(", ", "  fields: ", "\n");
        s.fields().forEach((f, v) -> fields.add(f + "=" + (v == null ? "None" : Py.floatRepr(v))));
        out.append(fields);
        out.append("events precision=")
                .append(Py.fixed(s.precision(), 3))
                .append(" recall=")
                .append(Py.fixed(s.recall(), 3))
                .append(" f1=")
                .append(Py.fixed(s.f1(), 3))
                .append('\n');
        return out.toString();
    }

    /** What {@code python3 score.py GOLD PRED --json} prints: {@code json.dumps(r, indent=2)} and a newline. */
    public static String referenceJson(EventScore s) {
        Json j = new Json();
        j.open('{');
        j.key("precision").raw(Py.floatRepr(s.precision()));
        j.key("recall").raw(Py.floatRepr(s.recall()));
        j.key("f1").raw(Py.floatRepr(s.f1()));
        j.key("tp").raw(s.tp());
        j.key("fp").raw(s.fp());
        j.key("fn").raw(s.fn());
        j.key("fields").open('{');
        s.fields().forEach((f, v) -> j.key(f).raw(v == null ? "null" : Py.floatRepr(v)));
        j.close('}');
        j.key("per_type").open('{');
        s.perType().forEach((t, v) -> {
            j.key(t).open('{');
            j.key("matched").raw(v.matched());
            j.key("gold").raw(v.gold());
            j.key("spurious").raw(v.spurious());
            j.close('}');
        });
        j.close('}');
        j.key("reports").open('[');
        for (ReportScore r : s.reports()) {
            j.item().open('{');
            j.key("report").string(r.report());
            j.key("found").raw(r.found() ? "true" : "false");
            j.key("tp").raw(r.tp());
            j.key("fp").raw(r.fp());
            j.key("fn").raw(r.fn());
            j.key("missed").open('[');
            r.missed().forEach(id -> j.item().string(id));
            j.close(']');
            j.close('}');
        }
        j.close(']');
        j.close('}');
        return j.out.append('\n').toString();
    }

    /**
     * For people: the totals on one line, then a table by type with its own precision, recall and F1, the field
     * shares, and the reports that got no prediction at all.
     */
    public static String summary(EventScore s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "F1 %s  P %s  R %s  (tp %d, fp %d, fn %d)%n",
                Py.fixed(s.f1(), 3), Py.fixed(s.precision(), 3), Py.fixed(s.recall(), 3), s.tp(), s.fp(), s.fn()));
        if (!s.perType().isEmpty()) {
            int width = Math.max(
                    4,
                    s.perType().keySet().stream().mapToInt(String::length).max().orElse(0));
            String row = "%-" + width + "s  %7s %5s %8s  %5s  %5s  %5s%n";
            out.append('\n').append(String.format(row, "type", "matched", "gold", "spurious", "P", "R", "F1"));
            for (Map.Entry<String, TypeCount> e : s.perType().entrySet()) {
                TypeCount t = e.getValue();
                out.append(String.format(
                        row,
                        e.getKey(),
                        t.matched(),
                        t.gold(),
                        t.spurious(),
                        three(t.precision()),
                        three(t.recall()),
                        three(t.f1())));
            }
        }
        List<String> fields = new ArrayList<>();
        s.fields().forEach((f, v) -> fields.add(f + " " + (v == null ? "-" : three(v))));
        out.append('\n')
                .append("fields correct among matches: ")
                .append(String.join(", ", fields))
                .append('\n');
        List<String> absent = s.reports().stream()
                .filter(r -> !r.found())
                .map(ReportScore::report)
                .toList();
        if (!absent.isEmpty())
            out.append("no prediction for: ").append(String.join(", ", absent)).append('\n');
        return out.toString();
    }

    /** Rounded to 4 places first, like the totals, so a type's figures never disagree with score.py's by a digit. */
    private static String three(double x) {
        return Py.fixed(Py.round(x, 4), 3);
    }

    /** Just enough of json.dumps(indent=2, ensure_ascii=True) for this one shape. */
    private static final class Json {
        final StringBuilder out = new StringBuilder();
        private final List<Boolean> empty = new ArrayList<>();

        Json open(char bracket) {
            out.append(bracket);
            empty.add(true);
            return this;
        }

        Json close(char bracket) {
            boolean wasEmpty = empty.remove(empty.size() - 1);
            if (!wasEmpty) newline();
            out.append(bracket);
            return this;
        }

        Json item() {
            int last = empty.size() - 1;
            if (!empty.get(last)) out.append(',');
            empty.set(last, false);
            newline();
            return this;
        }

        Json key(String name) {
            return item().string(name).raw(": ");
        }

        Json raw(Object text) {
            out.append(text);
            return this;
        }

        Json string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    // ensure_ascii: everything outside ' '..'~' as \\uXXXX, astral characters as their surrogates
                    default -> {
                        if (c < ' ' || c > '~') out.append(String.format("\\u%04x", (int) c));
                        else out.append(c);
                    }
                }
            }
            out.append('"');
            return this;
        }

        private void newline() {
            out.append('\n').append("  ".repeat(empty.size()));
        }
    }
}
