package org.tumen.flink;

import java.nio.file.Path;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.pipeline.Pipeline;

/**
 * Runs the pipeline on one input item, in parallel across the slots. Never drops an item: a problem or a failure
 * travels on with its number, so the ordered writer downstream is never left waiting for it.
 */
final class Extract extends RichMapFunction<Numbered<InputItem>, Numbered<Extracted>> {
    static final String EXTRACTED = "tumen.extracted";
    static final String NANOS = "tumen.extract.nanos";

    private final String dataDir;
    private transient Pipeline pipeline;
    private transient LongCounter extracted;
    private transient LongCounter nanos;

    /** @param dataDir the data folder whose sanctions lists screen parties, or null for the bundled lists */
    Extract(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = Stages.pipeline(dataDir == null ? null : Path.of(dataDir));
        extracted = getRuntimeContext().getLongCounter(EXTRACTED);
        nanos = getRuntimeContext().getLongCounter(NANOS);
    }

    @Override
    public Numbered<Extracted> map(Numbered<InputItem> item) {
        long start = System.nanoTime();
        Extracted out = extract(pipeline, item.value());
        nanos.add(System.nanoTime() - start);
        extracted.add(1);
        return new Numbered<>(item.seq(), out);
    }

    /** As {@code tumen ingest} does: a problem is reported, an extraction failure is reported with where. */
    static Extracted extract(Pipeline pipeline, InputItem item) {
        if (item instanceof InputProblem p) return new Extracted.Failed(p.toString());
        RawReport raw = (RawReport) item;
        try {
            return new Extracted.Read(pipeline.run(raw));
        } catch (RuntimeException e) {
            String where = raw.line() == null ? raw.file() : raw.file() + ":" + raw.line();
            return new Extracted.Failed(where + ": extraction failed: " + e);
        }
    }
}
