package org.tumen.core.recognise;

import java.util.List;
import java.util.Locale;

/** The little English morphology the lexicons need. */
final class English {
    private English() {}

    /** The regular plural of a phrase: its last word takes -s, -es or -ies. */
    static String plural(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(space + 1);
        String lower = head.toLowerCase(Locale.ROOT);
        String plural;
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            plural = head + "es";
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            plural = head.substring(0, head.length() - 1) + "ies";
        } else {
            plural = head + "s";
        }
        return phrase.substring(0, space + 1) + plural;
    }

    /** True for tokens that are all capitals and at least two letters: codes and acronyms. */
    static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    static boolean hasAcronym(String phrase) {
        return Tokenizer.forms(phrase).stream().anyMatch(English::isAcronym);
    }

    /**
     * True when tokens {@code [start, end)} are half of a hyphenated compound ("car" in "three-car",
     * "horse" in "horse-drawn"): such a word modifies another noun and names no goods or vehicle.
     */
    static boolean inCompound(List<Token> tokens, int start, int end) {
        boolean left = start >= 2
                && tokens.get(start).gluedLeft()
                && tokens.get(start - 1).form().equals("-")
                && tokens.get(start - 1).gluedLeft();
        boolean right = end + 1 < tokens.size()
                && tokens.get(end).form().equals("-")
                && tokens.get(end).gluedLeft()
                && tokens.get(end + 1).gluedLeft();
        return left || right;
    }
}
