package org.tumen.core.assess;

import java.util.Collection;
import java.util.Map;
import org.tumen.core.fuse.FusedEvent;

/** The assess stage: how well each fused event is established, and each source's track record. */
public interface EventAssessor {
    /** Every source's record, from all fused events (a claim is corroborated when an independent source agrees). */
    Map<String, SourceTrack> tracks(Collection<FusedEvent> events);

    /** Admiralty reliability A–F from a record, with the stated prior for a source with no record. */
    String reliability(SourceTrack track);

    Assessment assess(FusedEvent event, Map<String, SourceTrack> tracks);
}
