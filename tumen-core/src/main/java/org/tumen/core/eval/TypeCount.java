package org.tumen.core.eval;

/**
 * Gold events of one type, how many of them a prediction matched, and the counted predictions of that type that
 * matched nothing.
 */
public record TypeCount(int matched, int gold, int spurious) {
    public TypeCount {
        if (matched < 0 || gold < matched || spurious < 0) {
            throw new IllegalArgumentException("counts out of range: " + matched + "/" + gold + ", " + spurious);
        }
    }

    public double precision() {
        return matched + spurious == 0 ? 0.0 : (double) matched / (matched + spurious);
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
