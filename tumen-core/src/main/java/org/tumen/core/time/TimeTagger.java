package org.tumen.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in English news text and resolves them against the publication date.
 *
 * <p>Why our own rules and not SUTime: SUTime runs inside CoreNLP's NER and is the slowest part of that pipeline;
 * the patterns news actually uses are few, and a handful of precompiled regular expressions over the cleaned text
 * cover them. Extents follow TimeML (the signal "since", "on", "before" stays outside the TIMEX3), but the signal
 * still shapes the {@linkplain TimeExpression#interval() interval} an event may be dated to.
 *
 * <p>Each rule proposes candidates; the longest candidate wins where they overlap, and among equally long ones the
 * rule listed first. Relative expressions without a direction ("in September", "on Friday") look for a tense cue
 * in their sentence and otherwise take the past, since news reports what has happened.
 *
 * <p>Thread-safe: the patterns are compiled once and a call keeps its state on the stack.
 */
public final class TimeTagger {
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final String MONTH = "(?<mon>january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>1[6-9]\\d\\d|20\\d\\d)";
    private static final String WEEKDAY = "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String POD = "(?<pod>morning|afternoon|evening|night)";
    private static final String SEASON = "(?<s>spring|summer|fall|autumn|winter)";
    private static final String NUM = "(?<num>" + WordNumbers.REGEX + ")";
    private static final String UNIT =
            "(?<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))";
    private static final String ZONE = "(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|KST|JST|local time)";
    private static final Pattern SET_CUE =
            Pattern.compile("(?i)(?:twice|once|thrice|times|percent|%|per|dollars?|cents?|barrels?|tons?|\\d)\\s*$");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:[$#£€]|\\d[,.]|(?i)no\\.\\s?)$");
    private static final Pattern YEAR_AFTER = Pattern.compile("^(?:[,.]\\d|\\s*(?:%|percent|per cent))|^-\\d");
    private static final Pattern SIGNAL = Pattern.compile(
            "(?i)(?<![\\p{L}])(since|from|until|till|through|before|after|prior to|by|between)\\s+(?:the\\s+)?$");
    private static final Pattern QUARTER_TALK = Pattern.compile("(?i)quarter");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^\\s*(?:and|to|until|till|through|-|–)\\s*$");

    private final List<Rule> rules = List.of(
            rule(L + "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})" + R, TimeTagger::isoDate),
            rule(
                    L + "(?<mo>1[0-2]|0?[1-9])/" + DAY.replace("(?:st|nd|rd|th)?", "") + "/(?<y>\\d{4}|\\d{2})" + R,
                    TimeTagger::slashDate),
            rule(
                    L + "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?" + R,
                    TimeTagger::monthDay),
            rule(
                    L + "(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR
                            + ")?" + R,
                    TimeTagger::monthDay),
            rule(
                    L
                            + "(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|last|next|this)"
                            + "[\\s-]+)?" + MONTH + "(?:,?\\s+(?:of\\s+)?" + YEAR
                            + "|\\s+(?<yrel>this|last|next)\\s+year)?" + R,
                    TimeTagger::month),
            rule(
                    L
                            + "(?:(?<mod>fiscal|calendar|the end of|the beginning of|the start of|the middle of|early|late|mid"
                            + "|the year)[\\s-]+)?" + YEAR + R,
                    TimeTagger::year),
            rule(
                    L + "(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<dec>1[6-9]\\d0|20\\d0)'?s" + R,
                    TimeTagger::decade),
            rule(L + "(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?'(?<dec>\\d0)s" + R, TimeTagger::decade),
            rule(
                    L + "(?:the\\s+)?(?<c>\\d{1,2}(?:st|nd|rd|th)|twenty-first|twentieth|nineteenth|eighteenth)"
                            + "[\\s-]+century" + R,
                    TimeTagger::century),
            rule(
                    L + "(?:(?<rel>last|next|this|this past|this coming)\\s+)?" + WEEKDAY + "(?:\\s+" + POD + ")?" + R,
                    TimeTagger::weekday),
            rule(
                    L + "(?:(?<mod>early|late|earlier|later)\\s+)?(?<w>today|yesterday|tomorrow|tonight|last night"
                            + "|the day before yesterday|the day after tomorrow)(?:\\s+" + POD + ")?" + R,
                    TimeTagger::dayWord),
            rule(L + "(?:(?<mod>early|late|earlier|later|mid)[\\s-]+)?this\\s+" + POD + R, TimeTagger::dayWord),
            rule(
                    L + "(?:(?<mod>earlier|later|early|late|the end of|the beginning of|the start of|the middle of"
                            + "|the rest of|the remainder of|mid)[\\s-]+)?(?<rel>this|last|next|the past|the coming"
                            + "|the current|the previous|the following|the latest|this past|the last|the next|the most recent"
                            + "|the prior|the upcoming)\\s+(?<unit>week|weekend|month|year|quarter|decade|century|fiscal year"
                            + "|spring|summer|fall|autumn|winter)" + R,
                    TimeTagger::relative),
            rule(
                    L + "(?:(?<y1>1[6-9]\\d\\d|20\\d\\d)(?:'s)?\\s+|(?<rel>this|last|next) year's\\s+)?(?:the\\s+)?"
                            + "(?:fiscal\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter"
                            + "(?:(?:\\s+of|\\s+in|,)?\\s+(?:fiscal\\s+)?" + YEAR + ")?" + R,
                    TimeTagger::quarter),
            rule(L + "(?<ord>q[1-4])(?:\\s+" + YEAR + ")?" + R, TimeTagger::quarter),
            rule(
                    L + "the\\s+(?:(?<rel>latest|last|previous|current|past|most recent|year-ago|year-earlier|prior"
                            + "|just-ended|recent)[\\s-]+)?quarter" + R,
                    TimeTagger::theQuarter),
            rule(L + "the\\s+weekend" + R, TimeTagger::theWeekend),
            rule(
                    L + "(?:(?:the|early|late|mid)[\\s-]+)?" + SEASON + ",?\\s+(?:of\\s+)?" + YEAR + R,
                    TimeTagger::season),
            rule(
                    L + "(?:(?<lead>the first|the last|the past|the next|the coming|the previous|the following"
                            + "|the final|the|past|last|next|another)\\s+)?" + NUM + "(?:-|\\s+(?:more\\s+)?)" + UNIT
                            + "s?(?:-(?<old>old|long))?(?:\\s+(?<tail>ago|earlier|later|before|after|from now|hence"
                            + "|previously|back))?" + R,
                    TimeTagger::duration),
            rule(
                    L + "(?:(?<q>the past|the last|the next|the coming|recent)\\s+)?(?:(?<few>few|several|many)\\s+)?"
                            + "(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)" + R,
                    TimeTagger::vagueDuration),
            rule(
                    L + "(?<w>now|currently|presently|nowadays|at present|the present|these days|recently|lately"
                            + "|formerly|the past|in the past|the future)" + R,
                    TimeTagger::reference),
            rule(
                    L + "(?<h>1[0-2]|0?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+(?<tz>"
                            + ZONE + "))?(?:,?\\s+(?:on\\s+)?(?:" + WEEKDAY + "|(?<w>today|yesterday|tomorrow|tonight)|"
                            + MONTH + "\\s+" + DAY + "))?" + "(?![\\p{L}\\p{N}])",
                    TimeTagger::clock),
            rule(L + "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)\\s*(?<tz>" + ZONE + ")" + R, TimeTagger::clock),
            rule(
                    L + "(?<noon>noon|midnight|midday)(?:,?\\s+(?:on\\s+)?(?:" + WEEKDAY
                            + "|(?<w>today|yesterday|tomorrow|tonight)))?" + R,
                    TimeTagger::clock),
            rule(
                    L + "(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly|(?:every|each|per)\\s+"
                            + "(?:other\\s+|single\\s+)?(?:day|week|month|year|morning|night|evening|afternoon|weekend|hour"
                            + "|minute|quarter|summer|winter|spring|fall|" + WEEKDAY + "))" + R,
                    TimeTagger::set),
            rule(
                    L
                            + "(?:(?<rel>last|next|this)\\s+)?(?<hol>christmas(?:\\s+(?:day|eve))?|new year's(?:\\s+(?:day|eve))?"
                            + "|thanksgiving(?:\\s+day)?|halloween|valentine's day)(?:,?\\s+" + YEAR + ")?" + R,
                    TimeTagger::holiday),
            rule(
                    L
                            + "(?<sig>before|after|since|during|until|prior to|throughout|amid|following)\\s+(?<the>the\\s+)?(?<era>"
                            + NamedEras.alternation() + ")" + R,
                    TimeTagger::era));

    /**
     * Tags the time expressions of a text.
     *
     * @param anchor the publication date that relative expressions resolve against
     * @return the expressions in text order, not overlapping
     */
    public List<TimeExpression> tag(String text, LocalDate anchor) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                Found found;
                try {
                    found = rule.resolver().resolve(new Match(text, anchor, m));
                } catch (DateTimeException e) {
                    found = null; // "February 30": not a date, so not a time expression
                }
                if (found != null) candidates.add(new Candidate(i, found));
            }
        }
        candidates.sort(Comparator.comparingInt(
                        (Candidate c) -> c.found().end() - c.found().begin())
                .reversed()
                .thenComparingInt(Candidate::rule)
                .thenComparingInt(c -> c.found().begin()));
        List<Found> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream()
                    .noneMatch(f -> f.begin() < c.found().end() && c.found().begin() < f.end())) chosen.add(c.found());
        }
        chosen.sort(Comparator.comparingInt(Found::begin));
        return withSignals(text, chosen);
    }

    /** Lets "since", "before", "between … and …" shape the intervals, which TimeML leaves outside the extents. */
    private static List<TimeExpression> withSignals(String text, List<Found> found) {
        Interval[] intervals = new Interval[found.size()];
        for (int i = 0; i < found.size(); i++) intervals[i] = found.get(i).interval();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.interval() == null || f.signalled()) continue;
            Matcher s = SIGNAL.matcher(text.substring(Math.max(0, f.begin() - 20), f.begin()));
            if (!s.find()) continue;
            String signal = s.group(1).toLowerCase(Locale.ROOT);
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            boolean range = (signal.equals("between") || signal.equals("from"))
                    && next != null
                    && next.interval() != null
                    && CONNECTOR.matcher(text.substring(f.end(), next.begin())).matches();
            if (range) {
                intervals[i] = f.interval().span(next.interval());
                intervals[i + 1] = intervals[i];
                i++;
                continue;
            }
            intervals[i] = switch (signal) {
                case "since", "from" -> f.interval().onwards();
                case "until", "till", "through", "by" -> f.interval().upTo();
                case "before", "prior to" -> f.interval().before();
                case "after" -> f.interval().after();
                default -> f.interval();
            };
        }
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            out.add(new TimeExpression(
                    f.begin(), f.end(), text.substring(f.begin(), f.end()), f.type(), f.value(), intervals[i]));
        }
        return out;
    }

    // ---- resolvers: each returns null to reject the candidate ----

    private static Found isoDate(Match m) {
        LocalDate d = LocalDate.of(m.num("y"), m.num("mo"), m.num("d"));
        return m.date(d);
    }

    private static Found slashDate(Match m) {
        int y = m.num("y");
        if (y < 100) y += y < 50 ? 2000 : 1900;
        return m.date(LocalDate.of(y, m.num("mo"), m.num("d")));
    }

    private static Found monthDay(Match m) {
        if (!m.capitalised("mon")) return null;
        if (m.has("wd") && !m.capitalised("wd")) return null;
        int month = Dates.month(m.g("mon"));
        int day = m.num("d");
        if (m.has("y")) return m.date(LocalDate.of(m.num("y"), month, day));
        LocalDate d = LocalDate.of(m.anchor.getYear(), month, 1);
        d = d.withDayOfMonth(Math.min(day, d.lengthOfMonth()));
        if (d.getDayOfMonth() != day) return null;
        // A day and month without a year is nearly always within half a year of the report, whatever the tense.
        if (d.isAfter(m.anchor.plusMonths(6))) d = d.minusYears(1);
        else if (d.isBefore(m.anchor.minusMonths(6))) d = d.plusYears(1);
        return m.date(d);
    }

    private static Found month(Match m) {
        String name = m.g("mon").toLowerCase(Locale.ROOT);
        if (!m.capitalised("mon")) return null;
        boolean full = name.length() > 4 || name.equals("may") || name.equals("june") || name.equals("july");
        if (!m.has("y") && !m.has("yrel") && !full) return null;
        if (!m.has("y")
                && !m.has("yrel")
                && !m.has("mod")
                && (name.equals("may") || name.equals("march"))
                && !m.after(
                        "(?i)(?:in|since|until|till|by|from|through|during|of|before|after|to|and|or|early|late|mid|last)\\s+$"))
            return null;
        int month = Dates.month(name);
        YearMonth ym;
        if (m.has("y")) ym = YearMonth.of(m.num("y"), month);
        else if (m.has("yrel")) {
            String yrel = m.g("yrel").toLowerCase(Locale.ROOT);
            ym = YearMonth.of(m.anchor.getYear() + (yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0), month);
        } else {
            YearMonth now = YearMonth.from(m.anchor);
            ym = now.withMonth(month);
            String mod = m.has("mod") ? m.g("mod").toLowerCase(Locale.ROOT) : "";
            int dir = mod.equals("last")
                    ? Tense.PAST
                    : mod.equals("next") ? Tense.FUTURE : mod.equals("this") ? Tense.UNKNOWN : m.tense(Tense.PAST);
            if (dir == Tense.PAST && (ym.isAfter(now) || (mod.equals("last") && ym.equals(now)))) ym = ym.minusYears(1);
            if (dir == Tense.FUTURE && (ym.isBefore(now) || (mod.equals("next") && ym.equals(now))))
                ym = ym.plusYears(1);
        }
        return m.found(TimexType.DATE, ym.toString(), Interval.month(ym));
    }

    private static Found year(Match m) {
        int y = m.num("y");
        if (y > m.anchor.getYear() + 50) return null;
        if (m.before(YEAR_BEFORE) || m.following(YEAR_AFTER)) return null;
        // A bare number that is not preceded by a preposition and reads as a count ("1500 troops") is not a year.
        if (!m.has("mod")
                && m.following(Pattern.compile("^\\s+(?!BC|AD|B\\.C|A\\.D)[a-z]+s\\b"))
                && !m.after("(?i)(?:in|since|until|till|by|from|through|during|of|before|after|to|and|or|early"
                        + "|late|mid|between|for|than|year|summer|winter|spring|fall|autumn|,)\\s+$")) return null;
        return m.found(TimexType.DATE, Dates.year(y), Interval.year(y));
    }

    private static Found decade(Match m) {
        int dec = m.num("dec");
        if (dec < 100) dec += 1900;
        return m.found(TimexType.DATE, Dates.decade(dec), Interval.years(dec, dec + 9));
    }

    private static Found century(Match m) {
        String c = m.g("c").toLowerCase(Locale.ROOT);
        int n = switch (c) {
            case "twenty-first" -> 21;
            case "twentieth" -> 20;
            case "nineteenth" -> 19;
            case "eighteenth" -> 18;
            default -> Integer.parseInt(c.replaceAll("\\D", ""));
        };
        int first = (n - 1) * 100;
        return m.found(TimexType.DATE, "%02d".formatted(n - 1), Interval.years(Math.max(first, 1), first + 99));
    }

    private static Found weekday(Match m) {
        if (!m.capitalised("wd")) return null;
        DayOfWeek dow = Dates.weekday(m.g("wd"));
        String rel = m.has("rel") ? m.g("rel").toLowerCase(Locale.ROOT) : "";
        int dir = switch (rel) {
            case "last", "this past" -> Tense.PAST;
            case "next", "this coming" -> Tense.FUTURE;
            default -> m.tense(Tense.PAST);
        };
        LocalDate d = nearest(m.anchor, dow, dir, !rel.isEmpty() && !rel.equals("this"));
        return m.dayPart(d);
    }

    /** The given weekday nearest the anchor in a direction; strictly so when "last" or "next" says it. */
    private static LocalDate nearest(LocalDate anchor, DayOfWeek dow, int dir, boolean strict) {
        int back = (anchor.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        int ahead = (dow.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        if (strict && back == 0) back = 7;
        if (strict && ahead == 0) ahead = 7;
        return dir == Tense.FUTURE ? anchor.plusDays(ahead) : anchor.minusDays(back);
    }

    private static Found dayWord(Match m) {
        String w = m.has("w") ? m.g("w").toLowerCase(Locale.ROOT) : "this";
        LocalDate d = switch (w) {
            case "yesterday", "last night" -> m.anchor.minusDays(1);
            case "tomorrow" -> m.anchor.plusDays(1);
            case "the day before yesterday" -> m.anchor.minusDays(2);
            case "the day after tomorrow" -> m.anchor.plusDays(2);
            default -> m.anchor;
        };
        if (w.equals("tonight") || w.equals("last night")) return m.time(d, "NI");
        return m.dayPart(d);
    }

    private static Found relative(Match m) {
        String rel = m.g("rel").toLowerCase(Locale.ROOT);
        String unit = m.g("unit").toLowerCase(Locale.ROOT);
        String mod = m.has("mod") ? m.g("mod").toLowerCase(Locale.ROOT) : "";
        LocalDate a = m.anchor;
        boolean counted = unit.matches("week|month|year|fiscal year|decade|century");
        if ((rel.equals("the past") || rel.equals("the last")) && counted) return backFrom(m, 1, unit);
        int offset = switch (rel) {
            case "this", "the current", "this past" -> 0;
            case "last", "the previous", "the latest", "the most recent", "the prior", "the past", "the last" -> -1;
            default -> 1;
        };
        if (rel.equals("this past") && !unit.equals("weekend")) offset = -1;
        Found f;
        switch (unit) {
            case "week" -> {
                LocalDate d = a.plusWeeks(offset);
                f = m.found(TimexType.DATE, Dates.week(d), Dates.weekInterval(d));
            }
            case "weekend" -> {
                LocalDate d = a.plusWeeks(offset);
                if (offset == 0 && a.getDayOfWeek().getValue() < 5 && m.tense(Tense.PAST) == Tense.PAST)
                    d = a.minusWeeks(1);
                f = m.found(TimexType.DATE, Dates.week(d) + "-WE", Dates.weekendInterval(d));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(a).plusMonths(offset);
                f = m.found(TimexType.DATE, ym.toString(), Interval.month(ym));
            }
            case "quarter" -> {
                LocalDate d = a.plusMonths(3L * offset);
                int q = Dates.quarterOf(d);
                f = m.found(TimexType.DATE, Dates.quarter(d.getYear(), q), Dates.quarterInterval(d.getYear(), q));
            }
            case "decade" -> {
                int first = (a.getYear() / 10 + offset) * 10;
                f = m.found(TimexType.DATE, Dates.decade(first), Interval.years(first, first + 9));
            }
            case "century" -> {
                int c = a.getYear() / 100 + offset;
                f = m.found(TimexType.DATE, "%02d".formatted(c), Interval.years(c * 100, c * 100 + 99));
            }
            case "spring", "summer", "fall", "autumn", "winter" -> {
                String code = Dates.season(unit);
                int y = a.getYear();
                if (offset < 0 && !Dates.seasonInterval(y, code).end().isBefore(a)) y--;
                if (offset > 0 && !Dates.seasonInterval(y, code).start().isAfter(a)) y++;
                f = m.found(TimexType.DATE, y + "-" + code, Dates.seasonInterval(y, code));
            }
            default -> { // year, fiscal year
                int y = a.getYear() + offset;
                f = m.found(TimexType.DATE, Dates.year(y), Interval.year(y));
            }
        }
        // "earlier this month" dates to the part already gone, "later this year" to the part to come.
        if (offset == 0 && f.interval() != null && !unit.equals("weekend")) {
            Interval i = f.interval();
            if (mod.equals("earlier") && !a.isBefore(i.start()) && !a.isAfter(i.end()))
                f = f.with(new Interval(i.start(), a));
            if (mod.equals("later") && !a.isBefore(i.start()) && !a.isAfter(i.end()))
                f = f.with(new Interval(a, i.end()));
        }
        return f;
    }

    private static Found quarter(Match m) {
        String ord = m.g("ord").toLowerCase(Locale.ROOT);
        int q = switch (ord) {
            case "first", "1st", "q1" -> 1;
            case "second", "2nd", "q2" -> 2;
            case "third", "3rd", "q3" -> 3;
            default -> 4;
        };
        int y;
        if (m.has("y")) y = m.num("y");
        else if (m.has("y1")) y = m.num("y1");
        else if (m.has("rel")) {
            String rel = m.g("rel").toLowerCase(Locale.ROOT);
            y = m.anchor.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        } else {
            y = m.anchor.getYear();
            int now = Dates.quarterOf(m.anchor);
            int dir = m.tense(Tense.PAST);
            if (dir != Tense.FUTURE && q > now) y--;
            if (dir == Tense.FUTURE && q < now) y++;
        }
        return m.found(TimexType.DATE, Dates.quarter(y, q), Dates.quarterInterval(y, q));
    }

    private static Found theQuarter(Match m) {
        String rel = m.has("rel") ? m.g("rel").toLowerCase(Locale.ROOT) : "";
        LocalDate d = switch (rel) {
            case "current" -> m.anchor;
            case "year-ago", "year-earlier" -> m.anchor.minusMonths(15);
            default -> m.anchor.minusMonths(3);
        };
        int q = Dates.quarterOf(d);
        return m.found(TimexType.DATE, Dates.quarter(d.getYear(), q), Dates.quarterInterval(d.getYear(), q));
    }

    /** "the weekend": the coming one when the sentence looks ahead, else the one just past. */
    private static Found theWeekend(Match m) {
        LocalDate d = m.anchor;
        int dir = m.tense(Tense.PAST);
        if (dir == Tense.PAST && d.getDayOfWeek().getValue() < 6) d = d.minusWeeks(1);
        return m.found(TimexType.DATE, Dates.week(d) + "-WE", Dates.weekendInterval(d));
    }

    private static Found season(Match m) {
        String code = Dates.season(m.g("s"));
        int y = m.num("y");
        return m.found(TimexType.DATE, y + "-" + code, Dates.seasonInterval(y, code));
    }

    private static Found duration(Match m) {
        int n = WordNumbers.parse(m.g("num"));
        String unit = m.g("unit").toLowerCase(Locale.ROOT);
        String lead = m.has("lead") ? m.g("lead").toLowerCase(Locale.ROOT) : "";
        String tail = m.has("tail") ? m.g("tail").toLowerCase(Locale.ROOT) : "";
        if (n == 0) return null;
        if (!tail.isEmpty() && !m.has("old")) {
            boolean back =
                    !tail.equals("later") && !tail.equals("after") && !tail.equals("from now") && !tail.equals("hence");
            if (n == WordNumbers.VAGUE) return m.found(TimexType.DATE, back ? "PAST_REF" : "FUTURE_REF", null);
            Found at = pointAt(m, back ? -n : n, unit);
            // Earnings news: "a year earlier" beside a quarter's results means that quarter a year before.
            if (back && Durations.base(unit).equals("year") && m.near(QUARTER_TALK)) {
                LocalDate q = m.anchor.minusMonths(3).minusYears(n);
                at = m.found(
                        TimexType.DATE,
                        Dates.quarter(q.getYear(), Dates.quarterOf(q)),
                        Dates.quarterInterval(q.getYear(), Dates.quarterOf(q)));
            }
            // Only "ago" and "from now" count from the publication date; "later" counts from an event we do not know.
            boolean fromAnchor =
                    tail.equals("ago") || tail.equals("back") || tail.equals("from now") || tail.equals("hence");
            return fromAnchor ? at : at.with(null);
        }
        String value = Durations.value(n, unit);
        if (m.has("old") && m.g("old").equalsIgnoreCase("old")) return null; // an age, not a time: TimeML agrees
        if (m.has("old")) return m.found(TimexType.DURATION, value, null);
        switch (lead) {
            case "the past", "the last", "past", "last", "the previous" -> {
                return n == WordNumbers.VAGUE ? m.found(TimexType.DURATION, value, null) : backFrom(m, n, unit);
            }
            case "the next", "the coming", "next" -> {
                if (n == WordNumbers.VAGUE) return m.found(TimexType.DURATION, value, null);
                return m.found(TimexType.DURATION, value, new Interval(m.anchor, Durations.plus(m.anchor, n, unit)));
            }
            default -> {}
        }
        if (lead.isEmpty()
                && n == 1
                && m.before(SET_CUE)
                && m.g("num").toLowerCase(Locale.ROOT).startsWith("a")) return m.found(TimexType.SET, value, null);
        return m.found(TimexType.DURATION, value, null);
    }

    /** "the past two years": a duration that ends at the publication date. */
    private static Found backFrom(Match m, int n, String unit) {
        LocalDate start = Durations.plus(m.anchor, -n, unit);
        return m.found(TimexType.DURATION, Durations.value(n, unit), new Interval(start, m.anchor));
    }

    /** The calendar unit n units away from the anchor, at that unit's granularity ("two years ago" -> 2020). */
    private static Found pointAt(Match m, int n, String unit) {
        LocalDate d = Durations.plus(m.anchor, n, unit);
        return switch (Durations.base(unit)) {
            case "week", "fortnight" -> m.found(TimexType.DATE, Dates.week(d), Dates.weekInterval(d));
            case "month" -> m.found(TimexType.DATE, YearMonth.from(d).toString(), Interval.month(YearMonth.from(d)));
            case "quarter" ->
                m.found(
                        TimexType.DATE,
                        Dates.quarter(d.getYear(), Dates.quarterOf(d)),
                        Dates.quarterInterval(d.getYear(), Dates.quarterOf(d)));
            case "year" -> m.found(TimexType.DATE, Dates.year(d.getYear()), Interval.year(d.getYear()));
            case "decade" -> {
                int first = d.getYear() / 10 * 10;
                yield m.found(TimexType.DATE, Dates.decade(first), Interval.years(first, first + 9));
            }
            case "century" -> {
                int c = d.getYear() / 100;
                yield m.found(TimexType.DATE, "%02d".formatted(c), Interval.years(c * 100, c * 100 + 99));
            }
            default -> m.date(d);
        };
    }

    private static Found vagueDuration(Match m) {
        String unit = m.g("unit").toLowerCase(Locale.ROOT);
        String q = m.has("q") ? m.g("q").toLowerCase(Locale.ROOT) : "";
        if (q.equals("recent")) return m.found(TimexType.DATE, "PAST_REF", null);
        if (q.isEmpty() && !m.has("few") && !m.after("(?i)(?:for|over|within|in|took|take|takes|lasted)\\s+$"))
            return null;
        return m.found(TimexType.DURATION, Durations.value(WordNumbers.VAGUE, unit), null);
    }

    private static Found reference(Match m) {
        String w = m.g("w").toLowerCase(Locale.ROOT);
        String value = switch (w) {
            case "recently", "lately", "previously", "formerly", "the past", "in the past" -> "PAST_REF";
            case "the future", "soon", "shortly" -> "FUTURE_REF";
            default -> "PRESENT_REF";
        };
        Interval interval = value.equals("PRESENT_REF") ? Interval.day(m.anchor) : null;
        return m.found(TimexType.DATE, value, interval);
    }

    private static Found clock(Match m) {
        LocalDate d = m.anchor;
        if (m.has("wd")) d = nearest(m.anchor, Dates.weekday(m.g("wd")), m.tense(Tense.PAST), false);
        if (m.has("w")) {
            String w = m.g("w").toLowerCase(Locale.ROOT);
            if (w.equals("yesterday")) d = d.minusDays(1);
            if (w.equals("tomorrow")) d = d.plusDays(1);
        }
        if (m.has("mon") && m.has("d")) d = LocalDate.of(m.anchor.getYear(), Dates.month(m.g("mon")), m.num("d"));
        String hm;
        if (m.has("noon")) hm = m.g("noon").equalsIgnoreCase("midnight") ? "24:00" : "12:00";
        else {
            int h = m.num("h");
            int min = m.has("mi") ? m.num("mi") : 0;
            if (m.has("ap")) {
                boolean pm = m.g("ap").toLowerCase(Locale.ROOT).startsWith("p");
                if (h == 12) h = pm ? 12 : 0;
                else if (pm) h += 12;
            }
            hm = "%02d:%02d".formatted(h, min);
        }
        return m.found(TimexType.TIME, d + "T" + hm, Interval.day(d));
    }

    private static Found set(Match m) {
        String w = m.g("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (m.has("wd")) {
            int dow = Dates.weekday(m.g("wd")).getValue();
            return m.found(TimexType.SET, "XXXX-WXX-" + dow, null);
        }
        String last = w.substring(w.lastIndexOf(' ') + 1);
        int every = w.contains("other") ? 2 : 1;
        String value = switch (last) {
            case "daily", "nightly", "day", "night" -> "P" + every + "D";
            case "weekly", "week" -> "P" + every + "W";
            case "monthly", "month" -> "P" + every + "M";
            case "quarterly", "quarter" -> "P" + 3 * every + "M";
            case "annually", "yearly", "year" -> "P" + every + "Y";
            case "hourly", "hour" -> "PT" + every + "H";
            case "minute" -> "PT" + every + "M";
            case "morning" -> "XXXX-XX-XXTMO";
            case "afternoon" -> "XXXX-XX-XXTAF";
            case "evening" -> "XXXX-XX-XXTEV";
            case "weekend" -> "XXXX-WXX-WE";
            default -> "XXXX-" + Dates.season(last);
        };
        return m.found(TimexType.SET, value, null);
    }

    private static Found holiday(Match m) {
        if (!m.capitalised("hol")) return null;
        String h = m.g("hol").toLowerCase(Locale.ROOT);
        int y = m.has("y") ? m.num("y") : m.anchor.getYear();
        LocalDate d = holidayIn(h, y);
        if (!m.has("y")) {
            String rel = m.has("rel") ? m.g("rel").toLowerCase(Locale.ROOT) : "";
            int dir = rel.equals("last") ? Tense.PAST : rel.equals("next") ? Tense.FUTURE : m.tense(Tense.UNKNOWN);
            if (dir == Tense.PAST && d.isAfter(m.anchor)) d = holidayIn(h, y - 1);
            if (dir == Tense.FUTURE && d.isBefore(m.anchor)) d = holidayIn(h, y + 1);
        }
        return m.date(d);
    }

    private static LocalDate holidayIn(String name, int year) {
        if (name.startsWith("christmas")) return LocalDate.of(year, 12, name.endsWith("eve") ? 24 : 25);
        if (name.startsWith("new year"))
            return name.endsWith("eve") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        if (name.startsWith("thanksgiving")) // the fourth Thursday of November (United States)
        return LocalDate.of(year, 11, 1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        if (name.startsWith("halloween")) return LocalDate.of(year, 10, 31);
        return LocalDate.of(year, 2, 14);
    }

    private static Found era(Match m) {
        String eraName = m.g("era");
        if (!m.has("the") && eraName.equalsIgnoreCase("pandemic")) return null;
        NamedEras.Era era = NamedEras.find(eraName);
        String sig = m.g("sig").toLowerCase(Locale.ROOT);
        Interval whole = era.whole();
        Interval interval = switch (sig) {
            case "before", "prior to" -> new Interval(null, era.began().end());
            case "since", "after", "following" -> new Interval(era.began().start(), null);
            case "until" ->
                era.ended() == null ? null : new Interval(null, era.ended().end());
            default -> whole;
        };
        String value = sig.equals("before") || sig.equals("prior to") ? "PAST_REF" : era.value();
        return new Found(m.begin(), m.end(), TimexType.DATE, value, interval, true);
    }

    // ---- plumbing ----

    private static Rule rule(String regex, Resolver resolver) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), resolver);
    }

    private record Rule(Pattern pattern, Resolver resolver) {}

    @FunctionalInterface
    private interface Resolver {
        Found resolve(Match m);
    }

    private record Candidate(int rule, Found found) {}

    /** A resolved candidate; {@code signalled} when its extent already holds its signal ("before the pandemic"). */
    private record Found(int begin, int end, TimexType type, String value, Interval interval, boolean signalled) {
        Found with(Interval other) {
            return new Found(begin, end, type, value, other, signalled);
        }
    }

    /** One regex match with the text and anchor around it. */
    private static final class Match {
        final String text;
        final LocalDate anchor;
        final Matcher m;

        Match(String text, LocalDate anchor, Matcher m) {
            this.text = text;
            this.anchor = anchor;
            this.m = m;
        }

        int begin() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        boolean has(String group) {
            return m.pattern().namedGroups().containsKey(group) && m.group(group) != null;
        }

        String g(String group) {
            return has(group) ? m.group(group) : null;
        }

        int num(String group) {
            return Integer.parseInt(g(group));
        }

        boolean capitalised(String group) {
            return Character.isUpperCase(text.charAt(m.start(group)));
        }

        /** Whether the text just before the match matches (the pattern should end with $). */
        boolean before(Pattern p) {
            return p.matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                    .find();
        }

        boolean after(String regexEndingInDollar) {
            return before(Pattern.compile(regexEndingInDollar));
        }

        /** Whether the text just after the match matches (the pattern should start with ^). */
        boolean following(Pattern p) {
            return p.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)))
                    .find();
        }

        /** Whether the pattern occurs in the same sentence, roughly: up to 100 characters each side. */
        boolean near(Pattern p) {
            int from = Math.max(0, Math.max(text.lastIndexOf(". ", m.start()), m.start() - 100));
            int to = text.indexOf(". ", m.end());
            to = Math.min(text.length(), Math.min(to < 0 ? text.length() : to, m.end() + 100));
            return p.matcher(text.substring(from, to)).find();
        }

        int tense(int fallback) {
            int t = Tense.around(text, m.start(), m.end());
            return t == Tense.UNKNOWN ? fallback : t;
        }

        Found found(TimexType type, String value, Interval interval) {
            return new Found(m.start(), m.end(), type, value, interval, false);
        }

        Found date(LocalDate d) {
            return found(TimexType.DATE, d.toString(), Interval.day(d));
        }

        Found time(LocalDate d, String part) {
            return found(TimexType.TIME, d + "T" + part, Interval.day(d));
        }

        /** A day, or a part of it when "morning", "night" follows. */
        Found dayPart(LocalDate d) {
            if (!has("pod")) return date(d);
            String part = switch (g("pod").toLowerCase(Locale.ROOT)) {
                case "morning" -> "MO";
                case "afternoon" -> "AF";
                case "evening" -> "EV";
                default -> "NI";
            };
            return time(d, part);
        }
    }
}
