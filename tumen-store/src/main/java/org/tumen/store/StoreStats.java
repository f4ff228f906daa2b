package org.tumen.store;

/** Row counts, for the ingest summary and for tests that check nothing changed. */
public record StoreStats(
        long reports,
        long supersededReports,
        long entities,
        long eventMentions,
        long fusedEvents,
        long claims,
        long supersededClaims,
        long sources,
        long assessmentChanges) {}
