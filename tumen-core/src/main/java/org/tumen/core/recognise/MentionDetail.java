package org.tumen.core.recognise;

import java.math.BigDecimal;
import java.util.Objects;

/** What a {@link Mention} knows beyond its code and canonical form; one variant per kind. */
public sealed interface MentionDetail {

    /** No detail (a mention built with the six-field constructor). */
    record None() implements MentionDetail {
        static final None INSTANCE = new None();
    }

    /** @param organ the organ's canonical name ("Defence Ministry") when {@code form} is STATE_ORGAN, else null */
    record Country(CountryForm form, String organ) implements MentionDetail {
        public Country {
            Objects.requireNonNull(form, "form");
        }
    }

    /** @param family goods counted together when joined by "and" ("horse" for stallions and mares) */
    record Goods(String family) implements MentionDetail {
        public Goods {
            Objects.requireNonNull(family, "family");
        }
    }

    record Vehicle(TransportMode mode) implements MentionDetail {
        public Vehicle {
            Objects.requireNonNull(mode, "mode");
        }
    }

    record Crossing(CrossingPoint point) implements MentionDetail {
        public Crossing {
            Objects.requireNonNull(point, "point");
        }
    }

    /**
     * @param unit the unit of measure ("tonnes", "barrels"), or null for a plain count
     * @param countedNoun what is counted or measured: the goods or vehicle term, else the unit
     * @param hs the counted goods' HS code, or null
     */
    record Quantity(BigDecimal value, String unit, String countedNoun, String hs) implements MentionDetail {
        public Quantity {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(countedNoun, "countedNoun");
        }
    }
}
