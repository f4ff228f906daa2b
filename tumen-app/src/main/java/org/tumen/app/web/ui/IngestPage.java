package org.tumen.app.web.ui;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tumen.core.ingest.InputOptions;

/**
 * {@code /ingest}: paste a report's text (with an optional title and date) or upload text and JSONL files; each is
 * read, extracted, stored and indexed as {@code tumen ingest} does, and the page lists what became of it. The first
 * ingest after start waits for CoreNLP to load.
 */
public final class IngestPage {
    /** @param error why the form was refused, or null */
    public record Model(List<UiIngest.Result> results, String error, String today) {}

    private IngestPage() {}

    static void form(Ui ui, Context ctx) {
        ui.page(ctx, "ingest.jte", new Model(List.of(), null, LocalDate.now().toString()));
    }

    static void submit(Ui ui, Context ctx) {
        List<UiIngest.Result> results = new ArrayList<>();
        try {
            String text = ctx.formParam("text");
            if (text != null && !text.isBlank()) {
                String date = ctx.formParam("published");
                LocalDate published = date == null || date.isBlank() ? null : Params.parse("published", date.strip());
                results.add(ui.ingest().paste(ctx.formParam("title"), published, text));
            }
            List<UiIngest.Upload> uploads = new ArrayList<>();
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                if (f.size() == 0) continue;
                try (var in = f.content()) {
                    uploads.add(new UiIngest.Upload(f.filename(), in.readAllBytes()));
                }
            }
            if (!uploads.isEmpty()) results.addAll(ui.ingest().files(uploads, InputOptions.DEFAULT_MAX_TEXT_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.javalin.http.BadRequestResponse e) {
            ctx.status(400);
            ui.page(
                    ctx,
                    "ingest.jte",
                    new Model(results, e.getMessage(), LocalDate.now().toString()));
            return;
        }
        String error = results.isEmpty() ? "Paste a text or choose files to ingest." : null;
        if (error != null) ctx.status(400);
        ui.page(ctx, "ingest.jte", new Model(results, error, LocalDate.now().toString()));
    }
}
