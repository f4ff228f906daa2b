/**
 * Scoring extracted events against hand-annotated gold, as {@code tumen eval} does.
 *
 * <p>{@code shared/eval/events/score.py} is the reference: numbers reported for Tumen must be the ones it gives, so
 * {@link org.tumen.core.eval.EventScorer} ports it rule for rule, Python's quirks included ({@code rstrip('s')} drops
 * every trailing s, {@code 30 == 30.0}, half-even rounding, the matching's tie order), and
 * {@link org.tumen.core.eval.EventScoreFormat} reproduces its output byte for byte. The tests run score.py beside the
 * port on the same files. Change the rules in score.py first, then here.
 */
package org.tumen.core.eval;
