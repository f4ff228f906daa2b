package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds quoted stretches: curly quotes pair as written; straight double quotes pair in order. */
final class Quotes {
    private Quotes() {}

    static List<int[]> regions(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' && open < 0) {
                open = i;
                straight = false;
            } else if (c == '”' && open >= 0 && !straight) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                    straight = true;
                } else if (straight) {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                }
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' && open >= 0) {
                // an unclosed quote ends with its paragraph
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        return out;
    }

    /** Short quotes are scare quotes or names ("supreme leader"), not speech. */
    static boolean isSpeech(int[] q, String text) {
        String inner = text.substring(q[0], q[1]);
        return inner.split("\\s+").length >= 6;
    }
}
