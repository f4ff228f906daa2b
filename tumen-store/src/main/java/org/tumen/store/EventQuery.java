package org.tumen.store;

import java.time.LocalDate;

/**
 * Filters of the event query; every one is optional. Dates filter by overlap: an event from 2022-10-31 to
 * 2022-11-06 is found with {@code since 2022-11-01}; an event with no time is found only when no date is given.
 *
 * @param party an ISO 3166-1 alpha-3 code or a name, case-insensitive; a country name also finds its code
 * @param place a place name or its beginning, case-insensitive
 * @param minLikelihood the least probability (0–1) behind the assessment's likelihood phrase
 */
public record EventQuery(
        String type,
        String party,
        String place,
        LocalDate since,
        LocalDate until,
        Double minLikelihood,
        int limit,
        int offset) {
    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive: " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (since != null && until != null && until.isBefore(since))
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        if (minLikelihood != null && (minLikelihood < 0 || minLikelihood > 1))
            throw new IllegalArgumentException("min likelihood is a probability 0–1: " + minLikelihood);
    }

    public static EventQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query from the options given; the rest stay unset. */
    public static final class Builder {
        private String type;
        private String party;
        private String place;
        private LocalDate since;
        private LocalDate until;
        private Double minLikelihood;
        private int limit = DEFAULT_LIMIT;
        private int offset;

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder party(String value) {
            party = value;
            return this;
        }

        public Builder place(String value) {
            place = value;
            return this;
        }

        public Builder since(LocalDate value) {
            since = value;
            return this;
        }

        public Builder until(LocalDate value) {
            until = value;
            return this;
        }

        public Builder minLikelihood(Double value) {
            minLikelihood = value;
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public Builder offset(int value) {
            offset = value;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(type, party, place, since, until, minLikelihood, limit, offset);
        }
    }
}
