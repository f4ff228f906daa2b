package org.tumen.core.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value limit that decides whether goods are caught.
 *
 * @param kind {@code per-item} (goods below it are not caught) or {@code yearly-cap} (only a year's total can breach)
 * @param unit a currency (USD, GBP) or a quantity (barrels, tonnes)
 * @param appliesTo which goods of the rule it concerns, in words
 */
public record Threshold(String kind, BigDecimal amount, String unit, String appliesTo) {
    public Threshold {
        if (!"per-item".equals(kind) && !"yearly-cap".equals(kind))
            throw new IllegalArgumentException("thresholds.kind: per-item or yearly-cap, got " + kind);
        Objects.requireNonNull(amount, "thresholds.amount");
        Objects.requireNonNull(unit, "thresholds.unit");
    }

    public boolean isYearlyCap() {
        return kind.equals("yearly-cap");
    }

    String words() {
        String a = amount.stripTrailingZeros().toPlainString().replaceAll("(\\d)(?=(\\d{3})+$)", "$1,");
        String what = appliesTo == null ? "" : " for " + appliesTo;
        return isYearlyCap() ? "a yearly cap of " + a + " " + unit + what : "a value over " + unit + " " + a + what;
    }
}
