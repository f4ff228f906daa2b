package org.tumen.core.eval.time;

import org.tumen.core.time.TimexType;

/** A TIMEX3 annotated in a TimeML text, by character offsets into the tag-free text (end exclusive). */
public record GoldTimex(String tid, int begin, int end, String text, TimexType type, String value) {
    public GoldTimex {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad extent " + begin + ".." + end);
    }
}
