/**
 * The fuse stage: events read from different reports that describe the same happening become one {@link
 * org.tumen.core.fuse.FusedEvent} with a {@link org.tumen.core.fuse.Claim} from each report, and denials become
 * claims against what they deny. {@link org.tumen.core.fuse.RuleFusion} uses the event contract's own matching
 * rules; {@link org.tumen.core.fuse.Independence} finds syndicated and reposted copies so they count as one source.
 * Pure: the store supplies candidates and keeps the results.
 */
package org.tumen.core.fuse;
