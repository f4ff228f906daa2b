package org.tumen.core.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether an expression without a year or a direction ("in September", "on Friday") points back or ahead
 * of the publication date, from the nearest tense cue in its sentence. News mostly reports what has happened, so
 * when no cue is found the caller's default applies. This is the cue-word approach HeidelTime uses without a POS
 * tagger, kept small on purpose: a parser would cost more than the whole tagger.
 */
final class Tense {
    static final int PAST = -1;
    static final int UNKNOWN = 0;
    static final int FUTURE = 1;

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
    private static final Set<String> FUTURE_CUES = Set.of(
            "will",
            "'ll",
            "shall",
            "won't",
            "going",
            "scheduled",
            "plans",
            "plan",
            "planned",
            "expected",
            "expects",
            "upcoming",
            "due",
            "tomorrow",
            "next",
            "intends",
            "would",
            "until",
            "coming",
            "await",
            "awaits");
    private static final Set<String> PAST_CUES = Set.of(
            "said",
            "was",
            "were",
            "had",
            "did",
            "ago",
            "last",
            "yesterday",
            "earlier",
            "came",
            "went",
            "began",
            "met",
            "told",
            "took",
            "made",
            "gave",
            "saw",
            "left",
            "won",
            "lost",
            "fell",
            "rose",
            "held",
            "sent",
            "since");
    private static final Set<String> NOT_PAST = Set.of(
            "need", "indeed", "speed", "seed", "feed", "proceed", "exceed", "succeed", "bleed", "breed", "steed",
            "weed", "embed");
    private static final int WINDOW = 120;

    private Tense() {}

    /** PAST, FUTURE or UNKNOWN for the expression at [begin, end) of text. */
    static int around(String text, int begin, int end) {
        int from = sentenceStart(text, begin);
        int to = sentenceEnd(text, end);
        int best = UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() >= begin && m.end() <= end) continue;
            int cue = cue(m.group().toLowerCase(java.util.Locale.ROOT));
            if (cue == UNKNOWN) continue;
            // A cue after the expression counts a little less: the verb before it usually governs it.
            int distance = m.end() <= begin ? begin - m.end() : (m.start() - end) + 8;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cue;
            }
        }
        return best;
    }

    private static int cue(String w) {
        if (FUTURE_CUES.contains(w) || w.endsWith("'ll")) return FUTURE;
        if (PAST_CUES.contains(w)) return PAST;
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) return PAST;
        return UNKNOWN;
    }

    private static int sentenceStart(String text, int begin) {
        int limit = Math.max(0, begin - WINDOW);
        for (int i = begin - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && i + 1 < text.length()
                            && Character.isWhitespace(text.charAt(i + 1))
                            && i >= 3
                            && Character.isLowerCase(text.charAt(i - 1))
                            && Character.isLowerCase(text.charAt(i - 2))
                            && Character.isLowerCase(text.charAt(i - 3)))) return i + 1;
        }
        return limit;
    }

    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?') return i;
            if (c == '.'
                    && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))
                    && i >= 3
                    && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2))) return i;
        }
        return limit;
    }
}
