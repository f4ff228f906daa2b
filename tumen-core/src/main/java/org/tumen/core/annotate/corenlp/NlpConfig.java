package org.tumen.core.annotate.corenlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators Tumen runs, as a typed value with the measured defaults.
 *
 * <p>Why these defaults (measured, see docs/benchmarks.md): CoreNLP's default NER combines three CRF models, a
 * fine-grained regexner, SUTime and numeric classifiers; time expressions and numbers are the expensive part, and
 * Tumen resolves those with its own rules ({@code org.tumen.core.time}, {@code org.tumen.core.recognise}), so only
 * the 3-class CRF (PERSON, ORGANIZATION, LOCATION) remains. No dependency parse: it would halve throughput, and
 * roles are assigned by clause-level rules instead.
 *
 * @param ner whether to run the CRF named-entity tagger at all
 * @param nerModel the CRF model on the classpath
 */
public record NlpConfig(boolean ner, String nerModel) {
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public static NlpConfig defaults() {
        return new NlpConfig(true, THREE_CLASS);
    }

    public String annotators() {
        return ner ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma";
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators());
        p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }
}
