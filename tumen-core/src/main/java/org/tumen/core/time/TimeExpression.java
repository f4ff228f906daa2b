package org.tumen.core.time;

import java.util.Objects;

/**
 * A time expression found in a text.
 *
 * @param begin first character, in the tagged text
 * @param end character after the last (exclusive)
 * @param text the covered text
 * @param type TIMEX3 type
 * @param value TIMEX3 value, as TimeML writes it: "2022-11-02", "2022-W44", "2022-Q3", "199X", "P2Y", "PT3H",
 *     "PRESENT_REF", "XXXX-WXX-3"
 * @param interval the days the expression lets an event be dated to, with the signal before it taken into account
 *     ("since 2020" gives 2020/..); null when it dates nothing: a bare duration, a set, a vague reference
 */
public record TimeExpression(int begin, int end, String text, TimexType type, String value, Interval interval) {

    public TimeExpression {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad extent " + begin + ".." + end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (text.length() != end - begin) throw new IllegalArgumentException("text does not fit its extent: " + text);
    }

    /** The EDTF text of {@link #interval()}, or null. */
    public String edtf() {
        return interval == null ? null : Edtf.format(interval);
    }

    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
