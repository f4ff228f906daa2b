package org.tumen.app.cli;

import java.util.List;
import java.util.StringJoiner;
import org.tumen.core.assess.Assessment;
import org.tumen.core.model.Flag;
import org.tumen.store.ClaimView;
import org.tumen.store.EntityMatch;
import org.tumen.store.EntityScreen;
import org.tumen.store.EntityView;
import org.tumen.store.EventDetail;
import org.tumen.store.EventView;
import org.tumen.store.SourceView;

/** Readable text for the terminal; {@code --json} gives the full records instead. */
final class Render {
    private Render() {}

    static String line(EventView e) {
        StringJoiner roles = new StringJoiner(" ");
        e.roles().forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !k.equals("subject_terms"))
                roles.add(k + "=" + v);
        });
        Assessment a = e.assessment();
        String judged = a == null
                ? "withdrawn"
                : a.likelihood() + " (" + a.reliability() + a.credibility() + ", " + a.supporting() + " for, "
                        + a.contradicting() + " against)";
        return String.format(
                "%-6s %-13s %-24s %s  [%s]", e.id(), e.type(), e.when() == null ? "-" : e.when(), roles, judged);
    }

    static String detail(EventDetail d) {
        StringBuilder out = new StringBuilder(line(d.event())).append('\n');
        Assessment a = d.event().assessment();
        if (a != null) {
            out.append("\nAssessment: ")
                    .append(a.likelihood())
                    .append(String.format(
                            " (p %.2f), reliability %s, credibility %d%n",
                            a.probability(), a.reliability(), a.credibility()));
            for (String reason : a.reasons()) out.append("  - ").append(reason).append('\n');
        }
        flags(out, d.event().flags());
        claims(out, "Claims for", d.supporting());
        claims(out, "Claims against", d.against());
        return out.toString();
    }

    private static void flags(StringBuilder out, List<Flag> flags) {
        if (flags.isEmpty()) return;
        out.append("\nSanctions flags (").append(flags.size()).append("):\n");
        for (Flag f : flags) {
            out.append("  ")
                    .append(f.tag())
                    .append(" — ")
                    .append(f.severity())
                    .append("; ")
                    .append(f.citation());
            if (f.verify()) out.append(" (citation to verify)");
            out.append('\n');
            if (f.dateTest() != null)
                out.append("    date: ").append(f.dateTest()).append('\n');
            out.append("    ").append(f.explanation()).append('\n');
        }
    }

    static String entity(EntityView e) {
        StringBuilder out = new StringBuilder(String.format(
                "%-12s %-48s %3d mention(s)%s",
                e.kind(), e.name(), e.mentions(), e.code() == null ? "" : "  " + e.code()));
        if (e.screenedAt() == null && EntityScreen.screens(e.kind())) out.append("  (not screened)");
        for (EntityMatch m : e.matches()) {
            out.append(String.format(
                    "%n    %.2f %s %s \"%s\"%s; programmes %s; %s",
                    m.score(),
                    m.list(),
                    m.reference(),
                    m.listedName(),
                    m.matchedName().equals(m.listedName()) ? "" : " via \"" + m.matchedName() + "\"",
                    String.join(", ", m.programmes()),
                    String.join("; ", m.features())));
        }
        return out.toString();
    }

    private static void claims(StringBuilder out, String heading, List<ClaimView> claims) {
        out.append('\n').append(heading).append(" (").append(claims.size()).append("):\n");
        for (ClaimView c : claims) {
            out.append("  ").append(c.source()).append(" — ").append(c.status());
            if (c.hedge() != null) out.append(", \"").append(c.hedge()).append('"');
            out.append("; ").append(c.outlet() == null ? c.report() : c.outlet() + " " + c.report());
            if (c.published() != null) out.append(", ").append(c.published());
            out.append("\n    “").append(c.evidence().text()).append("”\n");
        }
    }

    static String source(SourceView s) {
        return String.format(
                "%s  %-40s %3d claims, %3d corroborated, %3d contradicted",
                s.reliability(), s.name(), s.claims(), s.corroborated(), s.contradicted());
    }
}
