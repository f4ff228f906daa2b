package org.tumen.core.fuse;

import java.time.LocalDate;
import java.util.Objects;
import org.tumen.core.model.Span;

/**
 * One report's statement about a fused event: who says so (the quoted or cited source, else the outlet), from which
 * report, with what stance, and the sentence it rests on.
 *
 * @param source the attributed source ("White House", "Russia’s veterinary service"), or the report's outlet
 * @param independenceGroup reports whose texts are identical or near-identical (syndication, reposts) share a
 *     group; claims from one group count as one source
 * @param status the extracted status of the event in this report (asserted, alleged, denied, uncertain)
 * @param hedge the hedging cue where one applies ("reports that", "could not be determined"), else null
 */
public record Claim(
        String id,
        String reportId,
        String independenceGroup,
        LocalDate published,
        String source,
        Stance stance,
        String status,
        String hedge,
        Span evidence) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(independenceGroup, "independenceGroup");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
    }
}
