package org.tumen.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tumen.core.export.ExportBundle;
import org.tumen.core.export.ReportRef;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.store.ClaimView;
import org.tumen.store.EventView;
import org.tumen.store.SourceView;

/** Turns the store's views back into core values, for the exporters and the search index. */
public final class Views {
    private Views() {}

    public static FusedEvent fused(EventView e) {
        List<Claim> claims = new ArrayList<>();
        for (ClaimView c : e.claims()) {
            claims.add(new Claim(
                    e.id() + "/" + c.reportId() + "#" + claims.size(),
                    c.reportId(),
                    c.reportId(),
                    c.published(),
                    c.source(),
                    c.stance(),
                    c.status(),
                    c.hedge(),
                    c.evidence()));
        }
        return new FusedEvent(e.id(), e.type(), e.roles(), e.when(), claims);
    }

    public static ExportBundle bundle(List<EventView> events, List<SourceView> sources) {
        List<FusedEvent> fused = new ArrayList<>();
        Map<String, org.tumen.core.assess.Assessment> assessments = new TreeMap<>();
        Map<String, ReportRef> reports = new TreeMap<>();
        for (EventView e : events) {
            fused.add(fused(e));
            if (e.assessment() != null) assessments.put(e.id(), e.assessment());
            for (ClaimView c : e.claims()) {
                reports.putIfAbsent(
                        c.reportId(), new ReportRef(c.reportId(), c.title(), c.outlet(), null, c.published()));
            }
        }
        Map<String, String> reliability = new TreeMap<>();
        for (SourceView s : sources) reliability.put(s.name(), s.reliability());
        return new ExportBundle(fused, assessments, reports, reliability);
    }
}
