package org.tumen.store;

import java.util.Locale;

/**
 * Which stored entities to list.
 *
 * @param kind an entity kind (PERSON, ORGANIZATION, COUNTRY, …), any case, or null for every kind
 * @param listedOnly only entities with at least one sanctions-list match
 */
public record EntityQuery(String kind, boolean listedOnly, int limit) {
    public EntityQuery {
        if (kind != null) kind = kind.strip().toUpperCase(Locale.ROOT);
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
    }

    public static EntityQuery all() {
        return new EntityQuery(null, false, 1000);
    }
}
