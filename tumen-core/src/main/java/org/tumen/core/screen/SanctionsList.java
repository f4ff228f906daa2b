package org.tumen.core.screen;

import java.util.List;
import java.util.Objects;

/**
 * One loaded list: its parties and where they came from.
 *
 * @param id {@code UN-SC} or {@code OFAC-SDN}
 * @param asOf the date the data states (UN {@code dateGenerated}; OFAC: the date in the file name)
 * @param sources the files read, bundled ({@code classpath:…}) or installed ({@code <data>/lists/…})
 * @param notes what the loader left out or could not reconcile, for {@code tumen lists}
 */
public record SanctionsList(
        String id, String asOf, List<String> sources, List<ListedParty> parties, List<String> notes) {
    public SanctionsList {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        parties = List.copyOf(parties);
        notes = List.copyOf(notes);
    }

    public long count(PartyType type) {
        return parties.stream().filter(p -> p.type() == type).count();
    }

    public long nameCount() {
        return parties.stream().mapToLong(p -> p.names().size()).sum();
    }
}
