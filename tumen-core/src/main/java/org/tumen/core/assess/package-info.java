/**
 * The assess stage: how well each fused event is established. Sources earn a track record as their claims are
 * corroborated or contradicted by independent sources; the Admiralty grades (reliability A–F, credibility 1–6) and
 * an ICD 203 likelihood phrase follow from it, with the reasons in words, and {@link
 * org.tumen.core.assess.AssessmentChange} says what moved when new reports arrive. Pure functions of fused events,
 * so the store can recompute them at any time and get the same answer.
 */
package org.tumen.core.assess;
