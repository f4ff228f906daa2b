/**
 * Measures the time tagger on TempEval-3 Task A (TimeML files), so that every change to the rules is judged on
 * data others annotated: develop on TBAQ-cleaned, report on the platinum test set, compare with SUTime and
 * HeidelTime's published figures.
 */
package org.tumen.core.eval.time;
