package org.tumen.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.Claim;
import org.tumen.core.schema.RoleDef;

/**
 * FollowTheMoney entities as JSON lines ({@code {"id", "schema", "properties": {name: [values]}}}), for Aleph,
 * OpenSanctions tooling and {@code ftm} pipelines.
 *
 * <p>The mapping uses only schemata and properties that FtM declares (a test reads its YAML to check):
 *
 * <ul>
 *   <li>a fused event is an {@code Event} (FtM has no Transfer: {@code Payment} is money only and
 *       {@code Trip} needs start and end addresses) with the parties as {@code involved}, the crossing point as
 *       {@code location}, the countries as {@code country}, the time as {@code date} or
 *       {@code startDate}/{@code endDate}, the assessment in {@code notes} and the reports as {@code proof};
 *   <li>a party with an ISO code is a {@code PublicBody} (the state as an actor) with its {@code country};
 *       any other party, and each source, is a {@code LegalEntity}, FtM's schema for "a party, kind unknown";
 *   <li>a report is an {@code Article} ({@code fileName} is required by Document; Tumen's report id stands in);
 *   <li>a claim is a {@code Note} on the event: the evidence sentence, who says it, the report as proof.
 * </ul>
 *
 * FtM values are strings; countries are lower-case ISO alpha-2 codes, as FtM's country type wants.
 */
public final class FtmExporter implements Exporter {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern FTM_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    @Override
    public String mediaType() {
        return "application/x-ndjson";
    }

    @Override
    public String extension() {
        return "ftm.json";
    }

    @Override
    public void write(ExportBundle bundle, Writer out) throws IOException {
        for (ObjectNode entity : entities(bundle)) ExportJson.writeLine(entity, out);
    }

    /** The entities, in a stable order: reports, sources and parties (each sorted), then each event with its notes. */
    public List<ObjectNode> entities(ExportBundle bundle) {
        Map<String, ObjectNode> shared = new TreeMap<>();
        List<ObjectNode> events = new ArrayList<>();
        for (EventView e : EventView.all(bundle)) {
            Map<String, Set<String>> p = props();
            add(p, "name", e.label());
            add(p, "recordId", e.id());
            add(p, "keywords", e.event().type());
            add(p, "summary", e.status());
            dates(p, e.event().when());
            List<String> roleLines = new ArrayList<>();
            for (RoleDef role : e.def().roles()) {
                List<String> vs = e.values(role.name());
                if (!vs.isEmpty()) roleLines.add(role.name() + ": " + String.join("; ", vs));
            }
            if (!roleLines.isEmpty()) add(p, "description", String.join("\n", roleLines));
            for (String party : e.parties()) {
                add(p, "involved", party(party, shared));
                Places.get()
                        .country(party)
                        .ifPresent(c -> add(p, "country", c.iso2().toLowerCase(Locale.ROOT)));
            }
            e.crossing().ifPresent(cp -> {
                add(p, "location", cp.name());
                cp.countries()
                        .forEach(c -> Places.get()
                                .country(c)
                                .ifPresent(k -> add(p, "country", k.iso2().toLowerCase(Locale.ROOT))));
            });
            Assessment a = e.assessment();
            if (a != null) {
                add(
                        p,
                        "notes",
                        a.likelihood() + " (" + a.reliability() + a.credibility() + "; " + a.supporting()
                                + " supporting, " + a.contradicting() + " contradicting): "
                                + String.join(" ", a.reasons()));
            }
            List<ObjectNode> notes = new ArrayList<>();
            for (Claim c : e.claims()) {
                String article = article(c.reportId(), bundle, shared);
                add(p, "proof", article);
                ReportRef r = bundle.report(c.reportId());
                if (r != null) {
                    add(p, "sourceUrl", r.url());
                    add(p, "publisher", r.outlet());
                }
                notes.add(note(c, e, article, r, bundle, shared));
            }
            events.add(entity(id("event", e.id()), "Event", p));
            events.addAll(notes);
        }
        List<ObjectNode> out = new ArrayList<>(shared.values());
        out.addAll(events);
        return out;
    }

    private ObjectNode note(
            Claim c, EventView e, String article, ReportRef r, ExportBundle bundle, Map<String, ObjectNode> shared) {
        Map<String, Set<String>> p = props();
        String says = c.source() + " " + c.stance().name().toLowerCase(Locale.ROOT);
        add(p, "name", says + ": " + e.def().label());
        add(p, "summary", c.hedge() == null ? says : says + " (" + c.hedge() + ")");
        add(p, "description", c.evidence().text());
        add(p, "entity", id("event", e.id()));
        add(p, "publisher", c.source());
        add(p, "proof", article);
        if (r != null) add(p, "sourceUrl", r.url());
        source(c.source(), bundle, shared);
        return entity(id("claim", c.id()), "Note", p);
    }

    private String article(String reportId, ExportBundle bundle, Map<String, ObjectNode> shared) {
        String id = id("report", reportId);
        shared.computeIfAbsent("1 " + id, k -> {
            ReportRef r = bundle.report(reportId);
            Map<String, Set<String>> p = props();
            add(p, "fileName", reportId);
            if (r != null) {
                add(p, "name", r.title() == null || r.title().isBlank() ? reportId : r.title());
                add(p, "title", r.title());
                add(p, "publisher", r.outlet());
                add(p, "sourceUrl", r.url());
                if (r.published() != null) add(p, "publishedAt", r.published().toString());
            } else {
                add(p, "name", reportId);
            }
            return entity(id, "Article", p);
        });
        return id;
    }

    private void source(String source, ExportBundle bundle, Map<String, ObjectNode> shared) {
        String id = id("source", source);
        shared.computeIfAbsent("2 " + id, k -> {
            Map<String, Set<String>> p = props();
            add(p, "name", source);
            add(p, "notes", "Admiralty source reliability " + bundle.reliability(source));
            return entity(id, "LegalEntity", p);
        });
    }

    private String party(String party, Map<String, ObjectNode> shared) {
        String id = id("party", party);
        shared.computeIfAbsent("3 " + id, k -> {
            Map<String, Set<String>> p = props();
            add(p, "name", Places.get().name(party));
            return Places.get()
                    .country(party)
                    .map(c -> {
                        add(p, "country", c.iso2().toLowerCase(Locale.ROOT));
                        add(p, "summary", "The state of " + c.name() + " as an actor");
                        return entity(id, "PublicBody", p);
                    })
                    .orElseGet(() -> entity(id, "LegalEntity", p));
        });
        return id;
    }

    /** EDTF to FtM dates: one date, or an interval's ends; open ends and uncertain forms are left out. */
    private static void dates(Map<String, Set<String>> p, String when) {
        if (when == null) return;
        if (!when.contains("/")) {
            if (FTM_DATE.matcher(when).matches()) add(p, "date", when);
            return;
        }
        String[] ends = when.split("/", 2);
        if (FTM_DATE.matcher(ends[0]).matches()) add(p, "startDate", ends[0]);
        if (FTM_DATE.matcher(ends[1]).matches()) add(p, "endDate", ends[1]);
    }

    /** A stable FtM id: {@code tumen-kind-id} when the Tumen id is plain, else a hash of it. */
    static String id(String kind, String key) {
        if (PLAIN_ID.matcher(key).matches()) return "tumen-" + kind + "-" + key;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "tumen-" + kind + "-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    private static Map<String, Set<String>> props() {
        return new LinkedHashMap<>();
    }

    private static void add(Map<String, Set<String>> p, String property, String value) {
        if (value == null || value.isBlank()) return;
        p.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
    }

    private static ObjectNode entity(String id, String schema, Map<String, Set<String>> properties) {
        ObjectNode o = ExportJson.object();
        o.put("id", id);
        o.put("schema", schema);
        ObjectNode props = o.putObject("properties");
        properties.forEach((k, v) -> props.set(k, ExportJson.array(List.copyOf(v))));
        return o;
    }
}
