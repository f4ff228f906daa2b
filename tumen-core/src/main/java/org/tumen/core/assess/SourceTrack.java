package org.tumen.core.assess;

/**
 * A source's record: how many of its claims were later corroborated by an independent source, how many were
 * contradicted, out of how many.
 */
public record SourceTrack(String source, int claims, int corroborated, int contradicted) {}
