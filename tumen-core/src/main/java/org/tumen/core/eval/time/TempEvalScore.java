package org.tumen.core.eval.time;

import java.util.List;

/**
 * Counts and figures of TempEval-3 Task A over a set of documents, micro-averaged.
 *
 * <p>Value F1 is relaxed F1 times value accuracy, as the task paper ranks systems. That is the same number as an F1
 * whose true positives are the relaxed matches with the right value: with M matches, S system and G gold timexes
 * and accuracy a, precision aM/S and recall aM/G have the harmonic mean a * 2M/(S+G).
 *
 * @param errors relaxed matches with a wrong value or type, missed gold timexes and spurious ones, for development
 */
public record TempEvalScore(
        int documents,
        int gold,
        int system,
        int strictMatches,
        int relaxedMatches,
        int typeCorrect,
        int valueCorrect,
        List<TimexError> errors) {

    public TempEvalScore {
        errors = List.copyOf(errors);
    }

    public double strictPrecision() {
        return ratio(strictMatches, system);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, relaxedMatches);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, relaxedMatches);
    }

    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One difference from the gold: kind is MISSED, SPURIOUS, VALUE or TYPE. */
    public record TimexError(String document, String kind, String text, String gold, String found, String context) {}
}
