package org.tumen.core.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person, entity, vessel or aircraft on a sanctions list, with everything the list says that helps decide whether
 * a name refers to it. Built with {@link #builder(String, String, PartyType)}: most parts are optional.
 */
public record ListedParty(
        String listId,
        String reference,
        PartyType type,
        List<ListedName> names,
        List<String> dob,
        List<String> nationalities,
        List<String> addresses,
        List<String> programmes,
        LocalDate listedOn) {

    public ListedParty {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        if (names == null || names.isEmpty()) throw new IllegalArgumentException(reference + ": no name");
        names = List.copyOf(names);
        dob = List.copyOf(dob);
        nationalities = List.copyOf(nationalities);
        addresses = List.copyOf(addresses);
        programmes = List.copyOf(programmes);
    }

    /** The first (primary) name. */
    public String name() {
        return names.getFirst().text();
    }

    public static Builder builder(String listId, String reference, PartyType type) {
        return new Builder(listId, reference, type);
    }

    /** Collects the optional parts of a party while a list is read. */
    public static final class Builder {
        private final String listId;
        private final String reference;
        private final PartyType type;
        private final List<ListedName> names = new ArrayList<>();
        private final List<String> dob = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> addresses = new ArrayList<>();
        private final List<String> programmes = new ArrayList<>();
        private LocalDate listedOn;

        private Builder(String listId, String reference, PartyType type) {
            this.listId = listId;
            this.reference = reference;
            this.type = type;
        }

        public Builder name(ListedName name) {
            if (names.stream().noneMatch(n -> n.text().equalsIgnoreCase(name.text()))) names.add(name);
            return this;
        }

        public Builder dob(String value) {
            addIfText(dob, value);
            return this;
        }

        public Builder nationality(String value) {
            addIfText(nationalities, value);
            return this;
        }

        public Builder address(String value) {
            addIfText(addresses, value);
            return this;
        }

        public Builder programme(String value) {
            addIfText(programmes, value);
            return this;
        }

        public Builder listedOn(LocalDate value) {
            listedOn = value;
            return this;
        }

        public String reference() {
            return reference;
        }

        public boolean hasName() {
            return !names.isEmpty();
        }

        public ListedParty build() {
            return new ListedParty(listId, reference, type, names, dob, nationalities, addresses, programmes, listedOn);
        }

        private static void addIfText(List<String> list, String value) {
            if (value == null) return;
            String v = value.strip();
            if (!v.isEmpty() && !list.contains(v)) list.add(v);
        }
    }
}
