package org.tumen.core.ingest;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("Russiaâ€™s" for "Russia’s").
 *
 * <p>Written here because no well-kept JVM library does it: the reference tool, ftfy, is Python, and the Java
 * ports on Maven Central are abandoned. The approach is ftfy's core idea, kept narrow: a run of characters that
 * re-encodes (as Windows-1252, with Latin-1 for the five bytes Windows-1252 leaves undefined) to one
 * well-formed UTF-8 sequence is replaced by what that sequence means. Such runs (a lead character Â–ô followed
 * by exactly the right number of characters from the continuation-byte range) almost never occur in real
 * text, so legitimate words such as "château" or "Brâncuși" are left alone.
 *
 * <p>A second, riskier repair covers text where the two continuation bytes of an apostrophe were C1 controls
 * and got dropped, leaving a bare "â" ("Russiaâs", "Kim Jong Unâs"). It is applied only where an English
 * contraction or possessive must be meant.
 */
final class Mojibake {
    private static final char[] BYTE_OF = new char[0x2200];
    private static final String CONTINUATION;
    private static final Pattern SEQUENCE;

    /**
     * "â" glued after an ASCII word and before s, re, ll, ve, d, m or (after n) t, where an apostrophe belongs.
     * The word checks keep real words safe: ASCII before it ("rămâs"), two letters or "I" before it ("râs"), no
     * letter after the ending ("château"), and n before t ("mât").
     */
    private static final Pattern LOST_APOSTROPHE =
            Pattern.compile("(?<![\\p{L}\\p{M}])(I|[A-Za-z]{2,})â(?=(?:s|re|ll|ve|d|m)(?![\\p{L}\\p{M}]))"
                    + "|(?<![\\p{L}\\p{M}])([A-Za-z]*n)â(?=t(?![\\p{L}\\p{M}]))");

    /** A lone "â" between spaces was a dash whose C1 bytes were dropped; the letter â is never a word alone. */
    private static final Pattern LOST_DASH = Pattern.compile("(?<= )â(?= )");

    /** ” is E2 80 9D; 9D is undefined in Windows-1252 and often dropped, leaving "â€". */
    private static final Pattern LOST_RIGHT_QUOTE = Pattern.compile("â€");

    static {
        byte[] high = new byte[0x80];
        for (int i = 0; i < high.length; i++) high[i] = (byte) (0x80 + i);
        String cp1252 = new String(high, Charset.forName("windows-1252"));
        StringBuilder continuation = new StringBuilder();
        for (int i = 0; i < high.length; i++) {
            int b = 0x80 + i;
            char latin1 = (char) b;
            char windows = cp1252.charAt(i);
            BYTE_OF[latin1] = (char) b;
            if (windows != '\uFFFD') BYTE_OF[windows] = (char) b;
            if (b <= 0xBF) {
                continuation.append(latin1);
                if (windows != '\uFFFD' && windows != latin1) continuation.append(windows);
            }
        }
        // Every character here is above U+007F, so none needs escaping inside a class.
        CONTINUATION = "[" + continuation + "]";
        SEQUENCE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}"
                + "|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");
    }

    private Mojibake() {}

    static String repair(String text) {
        if (!hasLeadCharacter(text)) return text;
        String repaired = text;
        // Text mis-decoded twice needs two rounds; a third finds nothing more in practice.
        for (int round = 0; round < 3; round++) {
            String next = repairSequences(repaired);
            if (next.equals(repaired)) break;
            repaired = next;
        }
        repaired = LOST_RIGHT_QUOTE.matcher(repaired).replaceAll("”");
        repaired =
                LOST_APOSTROPHE.matcher(repaired).replaceAll(m -> (m.group(1) != null ? m.group(1) : m.group(2)) + "’");
        return LOST_DASH.matcher(repaired).replaceAll("–");
    }

    private static boolean hasLeadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) return true;
        }
        return false;
    }

    private static String repairSequences(String text) {
        Matcher m = SEQUENCE.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String decoded = decode(m.start(), m.end(), text);
            if (decoded != null) {
                out.append(text, last, m.start()).append(decoded);
                last = m.end();
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** The UTF-8 meaning of {@code text[from, to)} re-encoded as bytes, or null if they are not valid UTF-8. */
    private static String decode(int from, int to, String text) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) bytes[i - from] = (byte) BYTE_OF[text.charAt(i)];
        return switch (StrictUtf8.decode(bytes, 0, bytes.length)) {
            case StrictUtf8.Text decoded -> decoded.text();
            case StrictUtf8.Malformed ignored -> null;
        };
    }
}
