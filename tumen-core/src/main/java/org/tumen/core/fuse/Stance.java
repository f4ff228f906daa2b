package org.tumen.core.fuse;

/** How a claim stands toward its event. */
public enum Stance {
    /** the source states or reports the event */
    ASSERTS,
    /** the source denies the event */
    DENIES,
    /** the source says it cannot be determined */
    DOUBTS
}
