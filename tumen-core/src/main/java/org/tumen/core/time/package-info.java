/**
 * Time expressions in report text, resolved against the publication date, and the EDTF intervals that date events.
 *
 * <p>Tumen resolves time itself rather than through CoreNLP's SUTime: SUTime runs inside the NER annotator and is its
 * slowest part, while the forms news uses are few enough for precompiled rules. Nothing here may import CoreNLP.
 * {@link org.tumen.core.time.TimeTagger} finds the expressions; {@link org.tumen.core.time.Edtf} writes and reads the
 * {@code when} values of the events contract.
 */
package org.tumen.core.time;
