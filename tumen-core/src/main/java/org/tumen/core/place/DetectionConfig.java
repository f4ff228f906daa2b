package org.tumen.core.place;

/**
 * How the detector reads a place's activity.
 *
 * @param gapMonths months without activity after which the next activity is a resumption (a closure needs no
 *     length: the first activity after it is one)
 * @param baselineWeeks weeks before a week whose mean traffic is its baseline
 * @param burstMinimum the fewest crossings and transfers a week needs to be a burst
 * @param burstFactor how many times its baseline mean a week's traffic must reach to be a burst
 */
public record DetectionConfig(int gapMonths, int baselineWeeks, int burstMinimum, double burstFactor) {
    public static final DetectionConfig DEFAULTS = new DetectionConfig(6, 12, 3, 3.0);

    public DetectionConfig {
        if (gapMonths < 1) throw new IllegalArgumentException("gap of at least a month: " + gapMonths);
        if (baselineWeeks < 1) throw new IllegalArgumentException("baseline of at least a week: " + baselineWeeks);
        if (burstMinimum < 2) throw new IllegalArgumentException("a burst needs at least two events: " + burstMinimum);
        if (burstFactor <= 1) throw new IllegalArgumentException("a burst exceeds its baseline: " + burstFactor);
    }

    public DetectionConfig withGapMonths(int months) {
        return new DetectionConfig(months, baselineWeeks, burstMinimum, burstFactor);
    }
}
