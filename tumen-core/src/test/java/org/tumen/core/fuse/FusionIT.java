package org.tumen.core.fuse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumen.core.annotate.corenlp.CoreNlpAnnotator;
import org.tumen.core.annotate.corenlp.NlpConfig;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.pipeline.Pipeline;

class FusionIT {
    @Test
    void dump() {
        Pipeline pipeline = new Pipeline(new CoreNlpAnnotator(NlpConfig.defaults()));
        Path shared = Path.of(System.getProperty("tumen.shared", "../../shared"));
        List<Path> paths = List.of(
                shared.resolve("corpus/seed/orlov-trotters.txt"),
                Path.of("src/test/resources/fuse/wire-horse-train.txt"),
                Path.of("src/test/resources/fuse/repost-horse-train.txt"));
        for (var item : new InputReader().readAll(paths)) {
            RawReport raw = (RawReport) item;
            Extraction x = pipeline.run(raw.clean(pipeline.cleaner()));
            System.out.println("== " + raw.id() + " " + raw.published());
            for (Event e : x.events()) System.out.println("   " + e);
        }
    }
}
