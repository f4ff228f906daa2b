package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.tumen.app.web.WebContext;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.model.Extraction;
import org.tumen.store.IngestOutcome;

/**
 * One ingest request, item by item, as {@code tumen ingest} does it: each report extracted on the request's thread,
 * then stored and indexed as the only writer. Only the events a report touched are indexed again; the index is
 * committed once, at the end. The answer names each report's outcome and each item that failed, by file and line.
 *
 * <p>Status: 200 when every item was ingested (stored, revised or unchanged); 207 when some were and some failed;
 * 400 when none was.
 */
final class IngestRun {
    private final WebContext web;
    private final ArrayNode reports = ExtractionJson.MAPPER.createArrayNode();
    private final ArrayNode errors = ExtractionJson.MAPPER.createArrayNode();
    private final Map<IngestOutcome.Status, Integer> counts = new EnumMap<>(IngestOutcome.Status.class);

    IngestRun(WebContext web) {
        this.web = web;
    }

    void add(InputItem item) {
        switch (item) {
            case InputProblem p -> error(p.line() == null ? p.file() : p.file() + ":" + p.line(), p.message());
            case RawReport r -> report(r);
        }
    }

    private void report(RawReport raw) {
        String where = raw.line() == null ? raw.file() : raw.file() + ":" + raw.line();
        Extraction x;
        try {
            x = web.extractor().extract(raw);
        } catch (RuntimeException e) {
            error(where, "extraction failed: " + e.getMessage());
            return;
        }
        try {
            IngestOutcome outcome = web.ingest(x);
            counts.merge(outcome.status(), 1, Integer::sum);
            reports.add(json(where, raw, outcome));
        } catch (RuntimeException e) {
            error(where, "not stored: " + e.getMessage());
        }
    }

    /** Makes what was indexed searchable. */
    void finish() {
        if (!reports.isEmpty()) web.commitIndex();
    }

    int status() {
        if (errors.isEmpty()) return 200;
        return reports.isEmpty() ? 400 : 207;
    }

    ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        if (status() == 400)
            n.put("error", "nothing was ingested: " + errors.get(0).get("error").asText());
        n.put("status", status());
        for (IngestOutcome.Status s : IngestOutcome.Status.values())
            n.put(s.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(s, 0));
        n.put("failed", errors.size());
        n.set("reports", reports);
        n.set("errors", errors);
        return n;
    }

    private static ObjectNode json(String where, RawReport raw, IngestOutcome o) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("item", where).put("id", raw.id()).put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
        n.put("report_id", o.reportId()).put("revision", o.revision()).put("event_mentions", o.eventMentions());
        n.set("events", ExtractionJson.MAPPER.valueToTree(o.fusedEvents()));
        return n.put("assessment_changes", o.assessmentChanges()).put("alerts", o.alertsRaised());
    }

    private void error(String item, String message) {
        errors.addObject().put("item", item).put("error", message);
    }
}
