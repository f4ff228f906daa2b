package org.tumen.app.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tumen.app.service.Uploads;
import org.tumen.app.web.WebContext;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.store.IngestOutcome;

/**
 * The ingest form's work: the same steps as {@code tumen ingest} and the API's ingest (extract, then store with
 * provenance and index the report and the events it touched as the server's one writer, {@link WebContext#write}).
 */
public final class UiIngest {
    /** What happened to one input: the report it became, or why it did not. */
    public record Result(String name, String reportId, String recordId, String status, int events, String problem) {}

    private final WebContext context;

    UiIngest(WebContext context) {
        this.context = context;
    }

    /** A pasted text; the title and date are optional. */
    Result paste(String title, LocalDate published, String text) {
        String id = "pasted-" + org.tumen.store.Store.contentHash(text).substring(0, 12);
        String t = title == null || title.isBlank() ? null : title.strip();
        return one(id, new RawReport(id, "(pasted)", null, t, null, published, text));
    }

    /** Uploaded files (text files, JSONL collections), read as the CLI reads files and as the API reads uploads. */
    List<Result> files(List<Upload> uploads, long maxBytes) {
        InputReader reader = new InputReader(InputOptions.defaults().withMaxTextBytes(maxBytes));
        List<Result> out = new ArrayList<>();
        for (int n = 0; n < uploads.size(); n++) {
            Upload u = uploads.get(n);
            String name = safeName(u.name(), n);
            Uploads.read(reader, name, Uploads.stem(name), u.bytes()).forEach(item -> out.add(result(item)));
        }
        return out;
    }

    private Result result(InputItem item) {
        if (item instanceof InputProblem p) return new Result(p.toString(), null, null, "failed", 0, p.toString());
        RawReport raw = (RawReport) item;
        return one(raw.id(), raw);
    }

    public record Upload(String name, byte[] bytes) {}

    private Result one(String name, RawReport raw) {
        Extraction x;
        try {
            x = context.extractor().extract(raw);
        } catch (RuntimeException e) {
            return new Result(name, null, raw.id(), "failed", 0, "extraction failed: " + e.getMessage());
        }
        // the server's one writer, shared with the API's ingest
        IngestOutcome outcome = context.ingest(x);
        context.commitIndex();
        return new Result(
                name,
                outcome.reportId(),
                raw.id(),
                outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                outcome.fusedEvents().size(),
                null);
    }

    /** The uploaded file's own name without any folder part or odd characters: the report's file and id. */
    static String safeName(String name, int n) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.startsWith(".")) base = "upload-" + n + ".txt";
        return base;
    }
}
