/**
 * The ingest stage: turns what a user hands Tumen (text files, folders of them, JSON Lines collections) into
 * {@link org.tumen.core.model.Report}s whose text is final.
 *
 * <p>It exists as a stage of its own because every later stage points at character offsets in the report
 * text: decoding, mojibake repair, boilerplate removal and whitespace normalisation must all happen here,
 * once, before anything is annotated. Bad input never stops a run; it becomes an {@link
 * org.tumen.core.ingest.InputProblem} that names the file (and line) so a user can fix it.
 *
 * <ul>
 *   <li>{@link org.tumen.core.ingest.InputReader} decodes and validates, yielding {@link
 *       org.tumen.core.ingest.RawReport}s and problems.
 *   <li>{@link org.tumen.core.ingest.TextCleaner} turns raw text into the cleaned text.
 *   <li>{@link org.tumen.core.ingest.Ingest} puts the two together.
 * </ul>
 */
package org.tumen.core.ingest;
