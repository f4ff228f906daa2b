package org.tumen.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link EventScorer}, with score.py's numbers: micro precision, recall and F1 rounded to 4 places as
 * Python rounds, the share of correct fields among matched pairs, counts by type and by report.
 *
 * @param fields share correct per field, in score.py's order (status, hs, quantity, mode, sources, flags); a null
 *     value where the field applied to no matched pair (score.py's None)
 * @param perType counts by event type, in code point order of the type (Python's {@code sorted})
 * @param reports one entry per gold report, in the order the gold was read
 */
public record EventScore(
        double precision,
        double recall,
        double f1,
        int tp,
        int fp,
        int fn,
        Map<String, Double> fields,
        Map<String, TypeCount> perType,
        List<ReportScore> reports) {

    public EventScore {
        // the maps keep their order and fields keeps its nulls, so neither Map.copyOf nor a sorted map will do
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
        perType = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(perType, "perType")));
        reports = List.copyOf(reports);
    }
}
