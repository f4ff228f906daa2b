package org.tumen.core.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;

/**
 * What every exporter reads: fused events with their claims, each event's assessment, the reports the claims cite
 * and each source's reliability. The store fills it after applying the export's filters.
 *
 * <p>Events are kept sorted by id and the maps sorted by key, so that exports do not depend on the order a query
 * returned rows in.
 *
 * @param assessments by fused event id; an event without one is exported without likelihood or confidence
 * @param reports by report id; a claim whose report is missing is exported without a link
 * @param sourceReliability Admiralty reliability A–F by source name; a source without one is "F" (reliability
 *     cannot be judged), which is what the Admiralty scale says of a source with no record
 */
public record ExportBundle(
        List<FusedEvent> events,
        Map<String, Assessment> assessments,
        Map<String, ReportRef> reports,
        Map<String, String> sourceReliability) {

    public ExportBundle {
        events = events.stream().sorted(Comparator.comparing(FusedEvent::id)).toList();
        assessments = sorted(assessments);
        reports = sorted(reports);
        sourceReliability = sorted(sourceReliability);
        sourceReliability.forEach((source, grade) -> {
            if (!grade.matches("[A-F]"))
                throw new IllegalArgumentException("reliability of " + source + " is A–F: " + grade);
        });
        reports.forEach((id, report) -> {
            if (!id.equals(report.id()))
                throw new IllegalArgumentException("report keyed " + id + " has id " + report.id());
        });
    }

    public static ExportBundle of(
            List<FusedEvent> events, Map<String, Assessment> assessments, List<ReportRef> reports) {
        Map<String, ReportRef> byId = new TreeMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        return new ExportBundle(events, assessments, byId, Map.of());
    }

    public ExportBundle withSourceReliability(Map<String, String> reliability) {
        return new ExportBundle(events, assessments, reports, reliability);
    }

    public Assessment assessment(String eventId) {
        return assessments.get(eventId);
    }

    public ReportRef report(String reportId) {
        return reports.get(reportId);
    }

    public String reliability(String source) {
        return sourceReliability.getOrDefault(source, "F");
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        Objects.requireNonNull(map);
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
