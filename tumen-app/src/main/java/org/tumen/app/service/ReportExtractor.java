package org.tumen.app.service;

import java.util.function.Supplier;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.core.pipeline.Pipeline;

/**
 * Turns a report into its extraction: the pipeline, built on first use since CoreNLP takes seconds to load. A seam
 * so that the server's fast tests can ingest hand-written extractions without loading any model.
 */
public interface ReportExtractor {
    Extraction extract(RawReport report);

    /** The models behind the extraction, recorded as the stored reports' provenance. */
    String description();

    /** The pipeline that {@code pipeline} gives, asked for on the first report only. */
    static ReportExtractor lazy(Supplier<Pipeline> pipeline) {
        return new ReportExtractor() {
            private volatile Pipeline loaded;

            private Pipeline pipeline() {
                Pipeline p = loaded;
                if (p == null) {
                    synchronized (this) {
                        if (loaded == null) loaded = pipeline.get();
                        p = loaded;
                    }
                }
                return p;
            }

            @Override
            public Extraction extract(RawReport report) {
                return pipeline().run(report);
            }

            @Override
            public String description() {
                return pipeline().languageDescription();
            }
        };
    }
}
