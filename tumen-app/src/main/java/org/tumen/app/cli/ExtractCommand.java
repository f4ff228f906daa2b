package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.model.Extraction;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen extract}: reads reports and writes the events in them. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Read reports and write the events they state.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "A text file, a folder of text files, or a JSONL file of records.")
    List<Path> inputs;

    @Option(names = "--json", description = "One JSON object per report per line, in the eval field names.")
    boolean json;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date for every report (overrides headers).")
    LocalDate published;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder whose installed sanctions lists screen each party, as ingest does (default:"
                    + " $TUMEN_DATA or ./tumen-data; the bundled lists where it has none).")
    Path data;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-bytes", description = "Largest text accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = InputOptions.DEFAULT_MAX_TEXT_BYTES;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        InputOptions options =
                InputOptions.defaults().withMaxTextBytes(maxBytes).withPublishedOverride(published);
        InputReader reader = new InputReader(options);
        // the lists ingest screens with: an updated list installed in the data folder, not only the bundled ones
        Pipeline pipeline = Pipelines.forDataDir(data != null ? data : StoreOptions.envData());
        AtomicInteger failed = new AtomicInteger();
        Progress progress = Progress.start("extract", err);
        try (var items = reader.read(inputs)) {
            OrderedParallel.run(items.iterator(), threads, item -> process(pipeline, item), result -> {
                if (result instanceof InputProblem p) {
                    failed.incrementAndGet();
                    err.println("error: " + p);
                } else if (result instanceof Failure f) {
                    failed.incrementAndGet();
                    err.println("error: " + f.where() + ": " + f.message());
                } else if (result instanceof Extraction x) {
                    write(out, x);
                    progress.step(x.tokens());
                }
            });
        }
        progress.finish();
        return failed.get() == 0 ? 0 : 1;
    }

    /** A report that was read but could not be extracted: named, counted, and the run goes on. */
    record Failure(String where, String message) {}

    private static Object process(Pipeline pipeline, InputItem item) {
        if (item instanceof InputProblem p) return p;
        RawReport raw = (RawReport) item;
        String where = raw.line() == null ? raw.file() : raw.file() + ":" + raw.line();
        try {
            Extraction x = pipeline.run(raw);
            if (x.report().text().isBlank()) return new Failure(where, "no text left after cleaning");
            return x;
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("tumen.debug")) e.printStackTrace();
            return new Failure(where, "extraction failed: " + e);
        }
    }

    private void write(PrintStream out, Extraction x) {
        if (json) {
            out.println(ExtractionJson.line(x));
            return;
        }
        String date = x.report().published() == null
                ? "undated"
                : x.report().published().toString();
        out.println(x.report().id() + " (" + date + ", " + x.events().size() + " events)");
        List<String> lines = new ArrayList<>(ExtractionJson.summary(x));
        lines.forEach(out::println);
    }
}
