package org.tumen.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold report's counts.
 *
 * @param found whether any prediction was found for the report
 * @param missed ids of the gold events left unmatched, in gold order
 */
public record ReportScore(String report, boolean found, int tp, int fp, int fn, List<String> missed) {
    public ReportScore {
        Objects.requireNonNull(report, "report");
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("negative count in " + report);
        missed = List.copyOf(missed);
        if (missed.size() != fn) throw new IllegalArgumentException(report + ": " + fn + " missed but " + missed);
    }
}
