package org.tumen.core.fuse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each report the independence group of the first earlier report it is a near-copy of, else a group of its
 * own named by its id. Candidates come from {@link Independence#bandKeys} look-ups, the way a store finds them; in
 * memory, for a batch or a test. Not thread-safe.
 */
public final class IndependenceGroups {
    private final Map<String, Set<String>> byBandKey = new HashMap<>();
    private final Map<String, Independence.Signature> signatures = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();

    /** The report's group; a report id seen before keeps the group it was given. */
    public String assign(String reportId, String text) {
        String known = groups.get(reportId);
        if (known != null) return known;
        Independence.Signature sig = Independence.signature(text);
        List<String> keys = Independence.bandKeys(sig);
        Set<String> candidates = new LinkedHashSet<>();
        for (String key : keys) candidates.addAll(byBandKey.getOrDefault(key, Set.of()));
        String group = reportId;
        // earliest first, so a chain of reposts all joins the original's group
        for (String earlier : signatures.keySet()) {
            if (candidates.contains(earlier) && Independence.sameSource(sig, signatures.get(earlier))) {
                group = groups.get(earlier);
                break;
            }
        }
        for (String key : keys)
            byBandKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(reportId);
        signatures.put(reportId, sig);
        groups.put(reportId, group);
        return group;
    }

    public Map<String, String> groups() {
        return Map.copyOf(groups);
    }
}
