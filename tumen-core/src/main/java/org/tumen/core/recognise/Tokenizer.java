package org.tumen.core.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, numbers, possessive endings and single punctuation marks, keeping offsets.
 * Gazetteer entries are tokenised the same way, so "Tumangang–Khasan" in an entry and
 * "Tumangang - Khasan" in a report meet as the same three tokens. Hyphens are tokens of their own so
 * that "Seoul-based" still finds Seoul; {@link Token#gluedLeft()} lets lexicons reject halves of
 * compounds such as the "car" in "three-car set".
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}" // U.S., D.P.R.K.
                    + "|\\d+(?:[.,]\\d{3})*(?:\\.\\d+)?" // 30, 1,000, 2.5
                    + "|['’]s(?!\\p{L})" // possessive
                    + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:['’](?!s(?!\\p{L}))\\p{L}[\\p{L}\\p{M}]*)*" // Namp'o, don't
                    + "|\\S");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String form = normalise(m.group());
            boolean glued = previousEnd == m.start();
            tokens.add(new Token(m.start(), m.end(), form, form.toLowerCase(Locale.ROOT), glued));
            previousEnd = m.end();
        }
        return tokens;
    }

    /** The token forms of a gazetteer entry. */
    static List<String> forms(String phrase) {
        return tokenize(phrase).stream().map(Token::form).toList();
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(
                    switch (c) {
                        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                        case '\u2019', '\u2018', '`' -> '\'';
                        default -> c;
                    });
        }
        return b.toString();
    }
}
