package org.tumen.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.tumen.core.fuse.Stance;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.model.Span;

/**
 * A claim in force about a fused event, with the report it comes from.
 *
 * @param id the claim's id within its event: the report's content hash and the id the extractor gave the event (or
 *     the denial) in that report, {@code hash#e1}; stable across runs and machines
 * @param report the report's record id (what the user ingested), {@code reportId} its content hash
 */
public record ClaimView(
        String id,
        String source,
        String reportId,
        String report,
        String title,
        String outlet,
        LocalDate published,
        Stance stance,
        String status,
        String hedge,
        Span evidence) {

    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("source", source);
        n.put("report", report);
        n.put("report_id", reportId);
        n.put("title", title);
        n.put("outlet", outlet);
        n.put("published", published == null ? null : published.toString());
        n.put("stance", stance.name().toLowerCase(java.util.Locale.ROOT));
        n.put("status", status);
        if (hedge != null) n.put("hedge", hedge);
        n.put("evidence", evidence.text());
        n.put("evidence_start", evidence.begin());
        n.put("evidence_end", evidence.end());
        return n;
    }
}
