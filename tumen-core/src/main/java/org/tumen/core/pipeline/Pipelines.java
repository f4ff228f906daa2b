package org.tumen.core.pipeline;

import org.tumen.core.annotate.corenlp.CoreNlpAnnotator;
import org.tumen.core.annotate.corenlp.NlpConfig;

/** The JVM's one pipeline, built on first use: CoreNLP's models load once and are shared by every thread. */
public final class Pipelines {
    private static volatile Pipeline shared;

    private Pipelines() {}

    public static Pipeline get() {
        Pipeline p = shared;
        if (p == null) {
            synchronized (Pipelines.class) {
                p = shared;
                if (p == null) {
                    p = new Pipeline(new CoreNlpAnnotator(NlpConfig.defaults()));
                    shared = p;
                }
            }
        }
        return p;
    }
}
