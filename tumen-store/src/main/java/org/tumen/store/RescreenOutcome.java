package org.tumen.store;

/**
 * What screening the stored entities again did.
 *
 * @param entities PERSON and ORGANIZATION entities screened
 * @param newlyListed entities that matched no listed party before and match one now
 * @param noLongerListed entities that matched a listed party before and match none now
 * @param changed entities listed before and after whose matches differ (another reference, list or party)
 * @param eventsReflagged fused events whose sanctions flags changed with their mentions' listed-party flags
 * @param alertsRaised watchlist alerts raised for the flags events gained
 */
public record RescreenOutcome(
        int entities, int newlyListed, int noLongerListed, int changed, int eventsReflagged, int alertsRaised) {
    public String summary() {
        return ("re-screened %d entities: %d newly listed, %d no longer listed, %d with other matches; %d events"
                        + " with other listed-party flags, %d alerts raised")
                .formatted(entities, newlyListed, noLongerListed, changed, eventsReflagged, alertsRaised);
    }

    RescreenOutcome withEvents(int reflagged, int alerts) {
        return new RescreenOutcome(entities, newlyListed, noLongerListed, changed, reflagged, alerts);
    }
}
