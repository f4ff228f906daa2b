package org.tumen.store;

import java.util.List;
import java.util.Map;
import org.tumen.core.model.Flag;

/**
 * The listed-party flags of an event of a type with these roles, as the sanctions lists stand now
 * ({@code SanctionsChecker::listedPartyFlags} over the data folder's lists). Given to {@link Store#rescreen} so that a
 * list update re-derives them for stored events; the store holds no lists itself.
 */
@FunctionalInterface
public interface ListedParties {
    /** Flags nothing: events keep the listed-party flags they were stored with. */
    ListedParties NONE = (type, roles) -> List.of();

    List<Flag> flags(String type, Map<String, ?> roles);
}
