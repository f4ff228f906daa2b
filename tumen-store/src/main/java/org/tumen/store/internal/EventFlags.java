package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumen.core.model.Flag;

/**
 * The sanctions flags of mentions and of the fused events they join. Each mention keeps the flags its report gave
 * it; a fused event keeps, per tag, the strongest flag of its mentions still in force (breach over possible over
 * review; among equals, the first report's). A joining mention is merged in; a revision that withdraws claims
 * rebuilds the flags of the events it withdrew them from.
 */
final class EventFlags {
    /** Strongest first. */
    private static final List<String> SEVERITY_RANK = List.of("breach", "possible", "review");

    private EventFlags() {}

    /** Keeps a mention's flags, one per tag (the strongest, when the checker gave a tag twice). */
    static void record(Connection c, String mentionId, List<Flag> flags) throws SQLException {
        for (Flag f : strongestByTag(flags)) {
            Object[] args = new Object[12];
            args[0] = mentionId;
            args[1] = f.tag();
            System.arraycopy(values(f), 0, args, 2, 10);
            update(c, "insert_mention_flag", args);
        }
    }

    /**
     * Adds a mention's flags to its fused event: by tag, a flag the event lacks is added and one stronger than the
     * event's replaces it, so the event keeps, per tag, the strongest finding any report supports.
     */
    static void merge(Connection c, String fusedId, List<Flag> flags, String reportId) throws SQLException {
        if (flags.isEmpty()) return;
        Map<String, String> held = new LinkedHashMap<>();
        for (String[] row : query(c, "flag_severities", rs -> new String[] {rs.getString(1), rs.getString(2)}, fusedId))
            held.put(row[0], row[1]);
        for (Flag f : flags) {
            String before = held.get(f.tag());
            if (before != null && !stronger(f.severity(), before)) continue;
            Object[] values = Arrays.copyOf(values(f), 11);
            values[10] = reportId;
            if (before == null) insert(c, fusedId, f.tag(), values);
            else {
                Object[] args = Arrays.copyOf(values, 13);
                args[11] = fusedId;
                args[12] = f.tag();
                update(c, "replace_flag", args);
            }
            held.put(f.tag(), f.severity());
        }
    }

    /** Replaces a fused event's flags by the strongest per tag over its mentions in force. */
    static void rebuild(Connection c, String fusedId) throws SQLException {
        Map<String, Object[]> strongest = new LinkedHashMap<>();
        for (Object[] row : query(c, "in_force_mention_flags", EventFlags::row, fusedId)) {
            String tag = (String) row[0];
            Object[] held = strongest.get(tag);
            if (held == null || stronger((String) row[3], (String) held[3])) strongest.put(tag, row);
        }
        update(c, "delete_event_flags", fusedId);
        for (Object[] row : strongest.values()) insert(c, fusedId, (String) row[0], Arrays.copyOfRange(row, 1, 12));
    }

    /**
     * Replaces a mention's flags whose tag ends with {@code suffix} by {@code flags} (all of that suffix).
     *
     * @return whether they differed
     */
    static boolean replaceListed(Connection c, String mentionId, List<Flag> flags, String suffix) throws SQLException {
        Set<String> before = new HashSet<>(query(c, "mention_flag_texts", EventFlags::text, mentionId, "%" + suffix));
        Set<String> after = new HashSet<>();
        for (Flag f : strongestByTag(flags)) after.add(f.tag() + " " + f.severity() + " " + f.explanation());
        if (before.equals(after)) return false;
        update(c, "delete_mention_flags_like", mentionId, "%" + suffix);
        record(c, mentionId, flags);
        return true;
    }

    /** What a flag says, for telling whether it changed: tag, severity and explanation (which names the match). */
    private static String text(java.sql.ResultSet rs) throws SQLException {
        return rs.getString("tag") + " " + rs.getString("severity") + " " + rs.getString("explanation");
    }

    private static void insert(Connection c, String fusedId, String tag, Object[] values) throws SQLException {
        Object[] args = new Object[values.length + 2];
        args[0] = fusedId;
        args[1] = tag;
        System.arraycopy(values, 0, args, 2, values.length);
        update(c, "insert_flag", args);
    }

    /** Tag, then the columns insert_flag takes after it, report id last. */
    private static Object[] row(java.sql.ResultSet rs) throws SQLException {
        return new Object[] {
            rs.getString("tag"),
            rs.getString("regime"),
            rs.getString("citation"),
            rs.getString("severity"),
            rs.getString("goods"),
            rs.getString("hs_matched"),
            rs.getString("parties"),
            rs.getString("date_test"),
            rs.getString("explanation"),
            rs.getBoolean("verify"),
            rs.getBoolean("event_tag"),
            rs.getString("report_id")
        };
    }

    /** The columns after the tag, in insert_flag's order, without the report id. */
    private static Object[] values(Flag f) {
        return new Object[] {
            f.regime(),
            f.citation(),
            f.severity(),
            f.goods(),
            f.hsMatched(),
            Json.write(f.parties()),
            f.dateTest(),
            f.explanation(),
            f.verify(),
            f.eventTag()
        };
    }

    private static List<Flag> strongestByTag(List<Flag> flags) {
        Map<String, Flag> byTag = new LinkedHashMap<>();
        for (Flag f : flags)
            byTag.merge(f.tag(), f, (held, next) -> stronger(next.severity(), held.severity()) ? next : held);
        return new ArrayList<>(byTag.values());
    }

    private static boolean stronger(String severity, String than) {
        return SEVERITY_RANK.indexOf(severity) < SEVERITY_RANK.indexOf(than);
    }
}
