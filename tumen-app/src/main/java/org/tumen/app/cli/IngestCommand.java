package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.store.IngestOutcome;
import org.tumen.store.Provenance;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tumen ingest}: extracts reports on several threads and stores each in its own transaction, in input order,
 * from one writer; a report already stored with the same text changes nothing and is not even extracted again.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read reports and keep their evidence in the store.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Text files, folders or JSONL files, as for extract.")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for every report.")
    LocalDate published;

    @Option(names = "--threads", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-bytes", description = "Largest text accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = InputOptions.DEFAULT_MAX_TEXT_BYTES;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        InputReader reader = new InputReader(
                InputOptions.defaults().withMaxTextBytes(maxBytes).withPublishedOverride(published));
        Pipeline pipeline = store.pipeline();
        Provenance provenance = Provenance.current(pipeline.languageDescription());
        Map<IngestOutcome.Status, Integer> counts = new EnumMap<>(IngestOutcome.Status.class);
        int[] failed = {0};
        try (Store db = store.open();
                Indexer index = new Indexer(store);
                var items = reader.read(inputs)) {
            // an index that holds the store as it is needs only the events this run touches
            boolean complete = index.follow(db);
            Progress progress = Progress.start("ingest", err);
            OrderedParallel.run(items.iterator(), threads, item -> extract(pipeline, db, item), result -> {
                if (result instanceof Held h) {
                    counts.merge(IngestOutcome.Status.UNCHANGED, 1, Integer::sum);
                    index.report(h.report());
                    progress.step(0);
                } else if (result instanceof Extraction x) {
                    try {
                        IngestOutcome outcome = db.ingest(x, provenance);
                        counts.merge(outcome.status(), 1, Integer::sum);
                        // an index to heal gets every event at the end: only the report now
                        if (complete) index.stored(db, x.report(), outcome);
                        else index.report(x.report());
                        progress.step(x.tokens());
                    } catch (RuntimeException e) {
                        failed[0]++;
                        err.println("error: " + where(x) + ": not stored: " + e.getMessage());
                    }
                } else {
                    failed[0]++;
                    err.println("error: " + result);
                }
            });
            progress.finish();
            if (complete) index.commit();
            else index.events(db);
            out.println(summary(counts, failed[0], db));
        }
        return failed[0] == 0 ? 0 : 1;
    }

    /** A report whose cleaned text is stored already: not extracted again, since storing it would change nothing. */
    private record Held(Report report) {}

    private static Object extract(Pipeline pipeline, Store db, InputItem item) {
        if (item instanceof InputProblem p) return p;
        RawReport raw = (RawReport) item;
        String where = raw.line() == null ? raw.file() : raw.file() + ":" + raw.line();
        try {
            Report report = raw.clean(pipeline.cleaner());
            if (db.holds(report)) return new Held(report);
            return pipeline.run(report);
        } catch (RuntimeException e) {
            return where + ": extraction failed: " + e;
        }
    }

    private static String where(Extraction x) {
        return x.report().file() + " (" + x.report().id() + ")";
    }

    private static String summary(Map<IngestOutcome.Status, Integer> counts, int failed, Store db) {
        var stats = db.stats();
        return String.format(
                "ingest: %d stored, %d revised, %d unchanged, %d failed; the store holds %d reports, %d events from"
                        + " %d mentions, %d claims",
                counts.getOrDefault(IngestOutcome.Status.STORED, 0),
                counts.getOrDefault(IngestOutcome.Status.REVISED, 0),
                counts.getOrDefault(IngestOutcome.Status.UNCHANGED, 0),
                failed,
                stats.reports(),
                stats.fusedEvents(),
                stats.eventMentions(),
                stats.claims());
    }
}
