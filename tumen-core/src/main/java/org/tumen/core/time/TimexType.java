package org.tumen.core.time;

/** The four TIMEX3 types of TimeML 1.2. */
public enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET
}
