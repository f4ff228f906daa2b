package org.tumen.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tumen.core.eval.JsonObjects.Sourced;

/**
 * Scores predicted events against the gold, exactly as {@code shared/eval/events/score.py} does: same matching rules,
 * same tie-breaking in the maximum matching, same rounding. The README beside score.py states the rules; the comments
 * here only note where Python's behaviour is not the obvious one.
 *
 * <p>Where score.py would stop with a traceback (a gold report without {@code report} or {@code events}, an event
 * that is not an object, a time that is not a string), this throws {@link EvalInputException}. It also insists on
 * string report ids, event ids and event types, which score.py tolerates in some output modes only.
 */
public final class EventScorer {
    /** The fields whose share of correct values is reported, in score.py's order. */
    public static final List<String> FIELDS = List.of("status", "hs", "quantity", "mode", "sources", "flags");

    private EventScorer() {}

    /** Scores predictions (a JSONL file, a .json file or a folder of them) against a folder of gold reports. */
    public static EventScore score(Path gold, Path predictions) {
        return scoreSourced(JsonObjects.load(gold), JsonObjects.load(predictions));
    }

    /** Scores already parsed reports, one JSON object each. */
    public static EventScore score(List<JsonNode> gold, List<JsonNode> predictions) {
        return scoreSourced(unsourced(gold), unsourced(predictions));
    }

    private static List<Sourced> unsourced(List<JsonNode> values) {
        return values.stream().map(v -> new Sourced(v, null)).toList();
    }

    private static EventScore scoreSourced(List<Sourced> golds, List<Sourced> preds) {
        Map<String, Sourced> byId = new HashMap<>();
        Map<String, Sourced> byStem = new HashMap<>();
        for (Sourced p : preds) {
            JsonNode report = Py.get(object(p, "a prediction"), "report");
            if (report != null && report.isContainerNode()) throw fault(p, "a report id must not be a list or object");
            // only a string can equal a gold id, which is always a string here
            if (report != null && report.isTextual()) byId.put(report.textValue(), p);
        }
        for (Sourced p : preds) {
            JsonNode file = Py.get(p.value(), "file");
            if (!Py.truthy(file)) continue;
            if (!file.isTextual()) throw fault(p, "\"file\" must be a string, got " + Py.repr(file));
            if (!file.textValue().endsWith(".jsonl")) byStem.put(stem(file), p);
        }

        int tp = 0, fp = 0, fn = 0;
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[2]));
        Map<String, int[]> perType = new HashMap<>();
        List<ReportScore> reports = new ArrayList<>();
        for (Sourced gs : golds) {
            JsonNode g = object(gs, "a gold report");
            String id = text(gs, g.get("report"), "the gold \"report\"");
            Sourced p = byId.get(id);
            if (p == null && !goldFileName(g).endsWith(".jsonl")) p = byStem.get(goldStem(gs));
            List<JsonNode> gev = events(gs, g.get("events"), "gold");
            List<JsonNode> pev = p == null || p.value().isEmpty()
                    ? List.of()
                    : events(p, p.value().has("events") ? p.value().get("events") : null, "predicted");
            for (JsonNode e : gev) text(gs, event(gs, e), e.get("type"), "a gold event's \"type\"");

            Map<Integer, Integer> m;
            try {
                m = bestMatching(gev, pev);
            } catch (EvalInputException e) {
                String files = "gold " + gs.file() + (p == null ? "" : ", predictions " + p.file());
                throw new EvalInputException(null, "report " + id + " (" + files + "): " + e.getMessage(), e);
            }
            Set<Integer> matchedPreds = new HashSet<>(m.values());
            int rtp = m.size(), rfn = gev.size() - rtp, rfp = 0;
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < gev.size(); i++) {
                JsonNode ge = gev.get(i);
                int[] t = perType.computeIfAbsent(ge.get("type").textValue(), k -> new int[3]);
                t[1]++;
                if (m.containsKey(i)) {
                    t[0]++;
                    JsonNode pe = pev.get(m.get(i));
                    for (String f : FIELDS) {
                        if (!fieldApplies(f, ge)) continue;
                        fields.get(f)[1]++;
                        if (fieldOk(f, ge, pe)) fields.get(f)[0]++;
                    }
                } else {
                    missed.add(text(gs, ge.get("id"), "an unmatched gold event's \"id\""));
                }
            }
            for (int j = 0; j < pev.size(); j++) {
                JsonNode pe = pev.get(j);
                if (matchedPreds.contains(j) || isUncertain(pe)) continue;
                rfp++;
                perType.computeIfAbsent(spuriousType(p, pe), k -> new int[3])[2]++;
            }
            tp += rtp;
            fn += rfn;
            fp += rfp;
            reports.add(new ReportScore(id, p != null, rtp, rfp, rfn, missed));
        }
        return result(tp, fp, fn, fields, perType, reports);
    }

    private static EventScore result(
            int tp, int fp, int fn, Map<String, int[]> fields, Map<String, int[]> perType, List<ReportScore> reports) {
        double prec = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double rec = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f1 = prec + rec != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
        Map<String, Double> shares = new LinkedHashMap<>();
        fields.forEach((f, cn) -> shares.put(f, cn[1] > 0 ? Py.round((double) cn[0] / cn[1], 4) : null));
        Map<String, TypeCount> types = new TreeMap<>(Py.CODE_POINT_ORDER);
        perType.forEach((t, v) -> types.put(t, new TypeCount(v[0], v[1], v[2])));
        return new EventScore(Py.round(prec, 4), Py.round(rec, 4), Py.round(f1, 4), tp, fp, fn, shares, types, reports);
    }

    /** {@code str(g.get('file', ''))}: a missing file reads as '', a null one as 'None'. */
    private static String goldFileName(JsonNode g) {
        return g.has("file") ? Py.str(g.get("file")) : "";
    }

    private static String goldStem(Sourced g) {
        JsonNode file = Py.get(g.value(), "file");
        if (Py.truthy(file) && !file.isTextual()) throw fault(g, "\"file\" must be a string, got " + Py.repr(file));
        return stem(file);
    }

    /** {@code os.path.splitext(os.path.basename(p or ''))[0]}. */
    private static String stem(JsonNode file) {
        return Py.truthy(file) ? stem(file.textValue()) : "";
    }

    static String stem(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        // splitext ignores leading dots: ".json" has no extension
        for (int i = 0; i < dot; i++) if (base.charAt(i) != '.') return base.substring(0, dot);
        return base;
    }

    private static boolean isUncertain(JsonNode pe) {
        JsonNode status = Py.get(pe, "status");
        return status != null && status.isTextual() && status.textValue().equals("uncertain");
    }

    /** {@code pev[j].get('type', '?')}: a missing type counts as "?". */
    private static String spuriousType(Sourced p, JsonNode pe) {
        if (!pe.has("type")) return "?";
        return text(p, pe.get("type"), "a predicted event's \"type\"");
    }

    /** {@code best_matching}: augmenting paths, gold in order, each gold event's candidates in prediction order. */
    static Map<Integer, Integer> bestMatching(List<JsonNode> gold, List<JsonNode> pred) {
        List<List<Integer>> edges = new ArrayList<>();
        for (JsonNode g : gold) {
            List<Integer> js = new ArrayList<>();
            for (int j = 0; j < pred.size(); j++) if (matches(g, pred.get(j))) js.add(j);
            edges.add(js);
        }
        return bestMatching(edges);
    }

    /** The matching alone, on candidate lists; returns gold index to prediction index. */
    static Map<Integer, Integer> bestMatching(List<List<Integer>> edges) {
        Map<Integer, Integer> owner = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) augment(i, edges, owner, new HashSet<>());
        Map<Integer, Integer> byGold = new LinkedHashMap<>();
        owner.forEach((j, i) -> byGold.put(i, j));
        return byGold;
    }

    private static boolean augment(int i, List<List<Integer>> edges, Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int j : edges.get(i)) {
            if (!seen.add(j)) continue;
            if (!owner.containsKey(j) || augment(owner.get(j), edges, owner, seen)) {
                owner.put(j, i);
                return true;
            }
        }
        return false;
    }

    static boolean matches(JsonNode g, JsonNode p) {
        return keyOk(g, p) && When.ok(Py.get(g, "when"), Py.get(p, "when"));
    }

    static boolean keyOk(JsonNode g, JsonNode p) {
        JsonNode t = g.get("type");
        if (!Py.eq(Py.get(p, "type"), t)) return false;
        return switch (t.textValue()) {
            case "TRANSFER" -> sameRole(g, p, "supplier") && sameRole(g, p, "recipient") && goodsOk(g, p);
            case "CROSSING" ->
                Py.truthy(Py.get(g, "from")) || Py.truthy(Py.get(g, "to"))
                        ? sameRole(g, p, "from") && sameRole(g, p, "to")
                        : sharesWord(g, p, "vehicle");
            case "STATUS_CHANGE" -> {
                Set<String> terms = subjectTerms(Py.get(g, "subject_terms"));
                if (terms.isEmpty()) terms = Words.of(Py.get(g, "subject"));
                yield sameRole(g, p, "state") && Words.intersect(terms, Words.of(Py.get(p, "subject")));
            }
            case "ACCUSE" ->
                Words.overlap(Py.get(g, "accuser"), Py.get(p, "accuser"))
                        && Words.overlap(Py.get(g, "accused"), Py.get(p, "accused"));
            case "DENY" -> Words.overlap(Py.get(g, "denier"), Py.get(p, "denier"));
            default -> false;
        };
    }

    private static boolean sameRole(JsonNode g, JsonNode p, String role) {
        return Words.same(Py.get(g, role), Py.get(p, role));
    }

    private static boolean sharesWord(JsonNode g, JsonNode p, String field) {
        return Words.intersect(Words.of(Py.get(g, field)), Words.of(Py.get(p, field)));
    }

    /** Same HS chapter when both give a heading; otherwise a shared word in the goods' description. */
    static boolean goodsOk(JsonNode g, JsonNode p) {
        String gh = orEmpty(Py.get(g, "hs")), ph = orEmpty(Py.get(p, "hs"));
        if (!gh.isEmpty() && !ph.isEmpty() && Py.head(gh, 2).equals(Py.head(ph, 2))) return true;
        return sharesWord(g, p, "item");
    }

    /** {@code str(x or '')}. */
    private static String orEmpty(JsonNode x) {
        return Py.truthy(x) ? Py.str(x) : "";
    }

    /**
     * {@code {w.rstrip('s') for w in g.get('subject_terms') or []}}: the terms as written, neither lower-cased nor
     * split; a string iterates by character and an object by key, as in Python.
     */
    static Set<String> subjectTerms(JsonNode terms) {
        Set<String> out = new HashSet<>();
        if (!Py.truthy(terms)) return out;
        if (terms.isTextual()) {
            terms.textValue().codePoints().forEach(c -> out.add(Words.rstripS(Character.toString(c))));
        } else if (terms.isObject()) {
            terms.fieldNames().forEachRemaining(k -> out.add(Words.rstripS(k)));
        } else if (terms.isArray()) {
            for (JsonNode w : terms) {
                if (!w.isTextual()) throw new EvalInputException("subject_terms must hold strings, got " + Py.repr(w));
                out.add(Words.rstripS(w.textValue()));
            }
        } else {
            throw new EvalInputException("subject_terms must be a list, got " + Py.repr(terms));
        }
        return out;
    }

    static boolean fieldApplies(String name, JsonNode g) {
        return switch (name) {
            case "sources" -> Py.truthy(Py.get(g, "sources"));
            case "flags" -> g.has("flags");
            default -> Py.get(g, name) != null;
        };
    }

    static boolean fieldOk(String name, JsonNode g, JsonNode p) {
        return switch (name) {
            case "sources" -> sharesWord(g, p, "sources");
            case "flags" -> Words.asSet(Py.get(g, "flags")).equals(Words.asSet(Py.get(p, "flags")));
            // the gold side is str(None) == 'None' when absent, but the field then does not apply
            case "hs" -> Py.head(Py.str(Py.get(g, "hs")), 4).equals(Py.head(orEmpty(Py.get(p, "hs")), 4));
            default -> Py.eq(Py.get(g, name), Py.get(p, name));
        };
    }

    private static JsonNode object(Sourced s, String what) {
        return object(s, s.value(), what);
    }

    private static JsonNode event(Sourced s, JsonNode value) {
        return object(s, value, "an event");
    }

    private static JsonNode object(Sourced s, JsonNode value, String what) {
        if (value == null || !value.isObject()) throw fault(s, what + " must be a JSON object, got " + Py.repr(value));
        return value;
    }

    private static String text(Sourced s, JsonNode value, String what) {
        if (value == null || !value.isTextual()) throw fault(s, what + " must be a string, got " + Py.repr(value));
        return value.textValue();
    }

    private static String text(Sourced s, JsonNode event, JsonNode value, String what) {
        return text(s, value, what + " in " + Py.repr(event.get("id")));
    }

    private static List<JsonNode> events(Sourced s, JsonNode events, String which) {
        if (events == null) {
            if (which.equals("gold")) throw fault(s, "a gold report needs \"events\"");
            return List.of();
        }
        if (!events.isArray()) throw fault(s, "\"events\" must be a list, got " + Py.repr(events));
        List<JsonNode> out = new ArrayList<>();
        for (Iterator<JsonNode> it = events.elements(); it.hasNext(); ) out.add(event(s, it.next()));
        return out;
    }

    private static EvalInputException fault(Sourced s, String message) {
        JsonNode report = s.value() != null && s.value().isObject() ? s.value().get("report") : null;
        String where = report == null ? "" : "report " + Py.repr(report) + ": ";
        return new EvalInputException(s.file(), where + message, null);
    }
}
