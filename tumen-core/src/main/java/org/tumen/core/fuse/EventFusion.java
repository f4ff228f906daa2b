package org.tumen.core.fuse;

import java.util.List;
import java.util.Optional;

/**
 * The fuse stage: events from different reports that describe the same happening become one {@link FusedEvent}
 * with a claim from each report; a denial becomes a claim against the events it denies. Pure: the store supplies
 * the candidates (fused events of the same type and overlapping time) and keeps what this returns.
 */
public interface EventFusion {
    /** The candidate this mention describes, if any (same type, compatible roles, overlapping time). */
    Optional<FusedEvent> sameHappening(Mention mention, List<FusedEvent> candidates);

    /** A new fused event made of one mention. */
    FusedEvent start(String id, Mention mention);

    /** The fused event with the mention joined: its claim added, roles completed, the time narrowed. */
    FusedEvent join(FusedEvent event, Mention mention);

    /** For a DENY mention: the candidates it denies (the denier is a party to them and the words agree). */
    List<FusedEvent> denied(Mention deny, List<FusedEvent> candidates);

    /** The fused event with a denying claim from this DENY mention added. */
    FusedEvent deny(FusedEvent event, Mention deny);
}
