package org.tumen.core.annotate;

/**
 * The language stage: tokens, sentences, parts of speech, lemmas and coarse named entities. Implementations must be
 * safe to share across threads, since models are loaded once per JVM.
 */
public interface LanguageAnnotator {
    AnnotatedText annotate(String text);

    /** Versions of the models behind this annotator, recorded as provenance. */
    String description();
}
