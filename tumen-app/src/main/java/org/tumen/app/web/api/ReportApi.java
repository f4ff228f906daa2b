package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tumen.app.service.Uploads;
import org.tumen.app.web.WebContext;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.ReportView;
import org.tumen.store.Store;

/**
 * Reports: ingest a text, uploaded files or JSON Lines, read as {@code tumen ingest} reads files; and read one back.
 */
final class ReportApi {
    static final Set<String> JSONL = Set.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines");
    static final String ACCEPTED = "text/plain, application/x-ndjson (JSON Lines) or multipart/form-data (files)";

    private final WebContext web;

    ReportApi(WebContext web) {
        this.web = web;
    }

    void ingest(Context ctx) {
        IngestRun run = new IngestRun(web);
        try (Stream<InputItem> items = items(ctx)) {
            items.forEach(run::add);
        } finally {
            run.finish();
        }
        ctx.status(run.status()).json(run.toJson());
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        ReportView r = web.store().report(id).orElseThrow(() -> new NotFoundResponse("no report with id " + id));
        ctx.json(json(r));
    }

    private Stream<InputItem> items(Context ctx) {
        String type = Bodies.mediaType(ctx);
        InputReader reader = new InputReader(InputOptions.defaults().withPublishedOverride(Params.date(ctx, "date")));
        if (type.equals("text/plain")) return Stream.of(text(ctx, reader));
        if (JSONL.contains(type)) return reader.jsonLines("body", new ByteArrayInputStream(ctx.bodyAsBytes()));
        if (type.equals("multipart/form-data")) return files(ctx.uploadedFiles(), reader);
        throw Bodies.unsupported(ctx, ACCEPTED);
    }

    /** One text: its id, title and outlet from the query, else an id from its content hash. */
    private static InputItem text(Context ctx, InputReader reader) {
        byte[] bytes = ctx.bodyAsBytes();
        long max = reader.options().maxTextBytes();
        if (bytes.length > max)
            throw new ContentTooLargeResponse("the text is " + bytes.length + " bytes, over the limit of " + max);
        String id = Params.text(ctx, "id");
        if (id == null)
            id = "api-"
                    + Store.contentHash(new String(bytes, StandardCharsets.UTF_8))
                            .substring(0, 12);
        InputItem item = reader.text("body", id, bytes);
        if (!(item instanceof RawReport r)) return item;
        return new RawReport(
                r.id(), r.file(), null, Params.text(ctx, "title"), Params.text(ctx, "outlet"), r.published(), r.text());
    }

    private static Stream<InputItem> files(List<UploadedFile> files, InputReader reader) {
        if (files.isEmpty()) throw new BadRequestResponse("the form has no files; send each report as a file field");
        return files.stream()
                .flatMap(f -> Uploads.read(
                        reader, f.filename(), Uploads.stem(f.filename()), f.contentAndClose(in -> readAll(in))));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new BadRequestResponse("an uploaded file cannot be read: " + e.getMessage());
        }
    }

    static ObjectNode json(ReportView r) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", r.id()).put("key", r.key()).put("record_id", r.recordId()).put("revision", r.revision());
        n.put("superseded_by", r.supersededBy()).put("url", r.url()).put("file", r.file());
        n.put("title", r.title()).put("outlet", r.outlet());
        n.put("published", r.published() == null ? null : r.published().toString());
        n.put("language", r.language()).put("tokens", r.tokens()).put("independence_group", r.independenceGroup());
        n.put("ingested_at", r.ingestedAt() == null ? null : r.ingestedAt().toString());
        if (r.provenance() != null) provenance(n.putObject("provenance"), r);
        return n.put("text", r.text());
    }

    private static void provenance(ObjectNode p, ReportView r) {
        p.put("tumen_version", r.provenance().tumenVersion());
        p.put("model_versions", r.provenance().modelVersions());
        p.put("rule_set_version", r.provenance().ruleSetVersion());
    }
}
