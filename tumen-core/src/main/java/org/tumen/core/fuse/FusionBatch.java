package org.tumen.core.fuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuses a batch of mentions in one go, the way the store does it report by report: every mention joins the first
 * fused event it matches or starts one, then every denial is attached to the events it denies. Denials go last so
 * that a denial read before the claim it answers still finds it.
 */
public final class FusionBatch {
    private FusionBatch() {}

    /**
     * @param idPrefix fused events are numbered in order of first mention: {@code idPrefix + 1}, {@code + 2} …
     */
    public static List<FusedEvent> fuse(List<Mention> mentions, EventFusion fusion, String idPrefix) {
        List<FusedEvent> events = new ArrayList<>();
        for (Mention m : mentions) {
            var same = fusion.sameHappening(m, events);
            if (same.isPresent()) {
                events.set(events.indexOf(same.get()), fusion.join(same.get(), m));
            } else {
                events.add(fusion.start(idPrefix + (events.size() + 1), m));
            }
        }
        for (Mention m : mentions) {
            if (!m.event().type().equals("DENY")) continue;
            for (FusedEvent target : fusion.denied(m, events)) {
                events.set(events.indexOf(target), fusion.deny(target, m));
            }
        }
        return List.copyOf(events);
    }
}
