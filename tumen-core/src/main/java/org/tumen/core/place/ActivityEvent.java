package org.tumen.core.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored event as the place stages need it: a CROSSING, TRANSFER or STATUS_CHANGE with its roles, its time and the
 * accounts of it still in force. Three clocks are kept apart: when it happened ({@code when}, {@code start},
 * {@code end}), when it was reported ({@link #reported()}) and, for a sighting on imagery, when the picture was taken
 * ({@link #captured()}).
 *
 * @param when the event's EDTF time; may be null
 * @param start its first day, null when unknown or open
 * @param end its last day, null when unknown or open
 */
public record ActivityEvent(
        String id,
        String type,
        Map<String, Object> roles,
        String when,
        LocalDate start,
        LocalDate end,
        List<Account> accounts) {
    public static final List<String> TYPES = List.of("CROSSING", "TRANSFER", "STATUS_CHANGE");

    public ActivityEvent {
        Objects.requireNonNull(id, "id");
        if (!TYPES.contains(type)) throw new IllegalArgumentException("not an activity type: " + type);
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        accounts = List.copyOf(accounts);
    }

    /**
     * One report's claim about the event.
     *
     * @param stance ASSERTS, DENIES or DOUBTS
     * @param sentence the sentence the claim rests on (its evidence in context)
     */
    public record Account(String reportId, LocalDate published, String stance, String sentence) {
        public Account {
            Objects.requireNonNull(reportId, "reportId");
            Objects.requireNonNull(stance, "stance");
        }
    }

    /**
     * The sentence of {@code text} around {@code [begin, end)}: from after the last full stop, question or exclamation
     * mark followed by a space, or line break, before it to the next one after it. A claim's evidence is its trigger
     * span; places and "next to another train" are in the rest of its sentence.
     */
    public static String sentenceAround(String text, int begin, int end) {
        begin = Math.max(0, Math.min(begin, text.length()));
        end = Math.max(begin, Math.min(end, text.length()));
        int from = 0;
        for (int i = begin - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == ' ') && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
                from = i + 1;
                break;
            }
        }
        int to = text.length();
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                to = i;
                break;
            }
            if (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                to = i + 1;
                break;
            }
        }
        return text.substring(from, to).strip();
    }

    public static Builder builder(String id, String type) {
        return new Builder(id, type);
    }

    public String role(String name) {
        Object v = roles.get(name);
        return v instanceof String s && !s.isBlank() ? s : null;
    }

    /** A role that holds one party or a list of them, as a list. */
    public List<String> parties(String name) {
        Object v = roles.get(name);
        if (v instanceof String s && !s.isBlank()) return List.of(s);
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of();
    }

    /** The first publication of a report asserting it, else of any report about it; null when none is dated. */
    public LocalDate reported() {
        Comparator<LocalDate> order = Comparator.naturalOrder();
        return accounts.stream()
                .filter(a -> a.published() != null)
                .sorted(Comparator.comparing((Account a) -> !a.stance().equals("ASSERTS"))
                        .thenComparing(Account::published, order))
                .map(Account::published)
                .findFirst()
                .orElse(null);
    }

    /** The day the imagery was taken, for an event seen on imagery and dated to one day; else null. */
    public LocalDate captured() {
        boolean imagery = "imagery".equals(role("basis"));
        return imagery && start != null && start.equals(end) ? start : null;
    }

    /** Some report still asserts it: an event only denied or doubted is no activity. */
    public boolean asserted() {
        return accounts.stream().anyMatch(a -> a.stance().equals("ASSERTS"));
    }

    public List<String> reportIds() {
        return accounts.stream().map(Account::reportId).distinct().toList();
    }

    public List<String> sentences() {
        return accounts.stream().map(Account::sentence).filter(Objects::nonNull).toList();
    }

    /** Builds an event; the start and end default to the span of {@code when}. */
    public static final class Builder {
        private final String id;
        private final String type;
        private final Map<String, Object> roles = new LinkedHashMap<>();
        private String when;
        private LocalDate start;
        private LocalDate end;
        private boolean datesGiven;
        private final List<Account> accounts = new ArrayList<>();

        private Builder(String id, String type) {
            this.id = id;
            this.type = type;
        }

        public Builder role(String name, Object value) {
            roles.put(name, value);
            return this;
        }

        public Builder roles(Map<String, Object> values) {
            roles.putAll(values);
            return this;
        }

        public Builder when(String value) {
            when = value;
            return this;
        }

        public Builder dates(LocalDate first, LocalDate last) {
            start = first;
            end = last;
            datesGiven = true;
            return this;
        }

        public Builder account(String reportId, LocalDate published, String stance, String sentence) {
            accounts.add(new Account(reportId, published, stance, sentence));
            return this;
        }

        public ActivityEvent build() {
            if (!datesGiven) {
                Edtf.Span s = Edtf.span(when);
                start = s.start();
                end = s.end();
            }
            return new ActivityEvent(id, type, roles, when, start, end, accounts);
        }
    }
}
