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

    /**
     * The JVM's one pipeline with the party screen of a data folder's sanctions lists: what ingest, follow, the server
     * and the Flink job extract with.
     */
    public static Pipeline forDataDir(java.nio.file.Path dataDir) {
        return get().withPartyScreen(org.tumen.core.screen.ListedPartyScreen.forDataDir(dataDir));
    }
}
