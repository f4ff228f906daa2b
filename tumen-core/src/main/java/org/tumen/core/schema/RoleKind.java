package org.tumen.core.schema;

/** What a role's value may be. */
public enum RoleKind {
    /** one party: an ISO 3166-1 alpha-3 code for a state, else a name */
    PARTY,
    /** a list of parties */
    PARTIES,
    /** free text */
    TEXT,
    /** a list of names or terms */
    NAMES,
    /** an HS heading, digits only */
    HS,
    /** a whole number */
    INTEGER,
    /** one of the role's declared values */
    ENUM,
    /** sanctions rule tags, REGIME/rule */
    FLAGS;

    public boolean isList() {
        return this == PARTIES || this == NAMES || this == FLAGS;
    }
}
