/**
 * Domain recognition over a report's cleaned text: countries (by name, demonym, capital, seat of
 * government or state organ), goods with their HS codes, vehicles with their transport mode, curated
 * border crossings and ports, and counted quantities of goods.
 *
 * <p>It works on plain text with character offsets and needs no NLP models, so it runs before and
 * beside the CoreNLP annotator and can be tested alone. The data are resource files in this package
 * (see {@code SOURCES.md}); {@link org.tumen.core.recognise.DomainRecognizer#defaults()} loads them once.
 */
package org.tumen.core.recognise;
