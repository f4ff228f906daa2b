package org.tumen.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.Claim;
import org.tumen.core.recognise.CrossingPoint;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;

/**
 * A STIX 2.1 bundle of fused events, for threat-intelligence platforms (OpenCTI, MISP).
 *
 * <p>How Tumen's model maps onto STIX, and why:
 *
 * <ul>
 *   <li><b>Events</b> are {@code x-tumen-event} objects, a new SDO declared by an {@code extension-definition} in
 *       the bundle. No STIX 2.1 SDO means "a reported happening": {@code observed-data} needs cyber observables and
 *       counts, {@code incident} is a security-incident stub, {@code grouping} and {@code note} are about other
 *       objects rather than being the thing. The extension mechanism (section 7.3) is the specification's own way
 *       to add a type, and the {@code x-} prefix keeps the type clear of any future standard name.
 *   <li><b>Sources</b> (who says so) are {@code identity} objects carrying {@code x_reliability}, the Admiralty
 *       grade A–F, declared as a top-level property extension by the same extension definition.
 *   <li><b>Parties</b> with an ISO code are an {@code identity} for the state and a {@code location} for its
 *       country, joined by {@code located-at}; <b>crossing points</b> are {@code location}s with coordinates.
 *   <li><b>Roles</b> are {@code relationship}s from the event to the party, named after the schema's role
 *       ({@code supplier}, {@code recipient}, {@code declared-destination}); a named crossing point is
 *       {@code located-at}.
 *   <li><b>Claims</b> are {@code relationship}s from the source to the event: {@code asserts}, {@code denies} or
 *       {@code doubts}, with the evidence sentence as description and the report as external reference.
 *   <li><b>Assessments</b> are {@code opinion}s by Tumen on the event: the five-step opinion follows the ICD 203
 *       bands of the probability, {@code confidence} is the probability in percent, the reasons are the
 *       explanation. The event carries the same {@code confidence}.
 *   <li><b>Reports</b> are {@code report} objects whose {@code object_refs} list the events, claims and sources
 *       they support, with their URL as external reference.
 * </ul>
 *
 * <p>Every object is created by the Tumen identity. Ids are UUIDv5 of Tumen ids ({@link StixIds}); timestamps are
 * report dates at midnight UTC ({@code created} the earliest claim, {@code modified} the latest), so a re-export
 * of the same evidence is byte-identical and a new report bumps {@code modified} as STIX versioning expects.
 */
public final class StixExporter implements Exporter {
    /** When version 1 of this mapping was defined; the timestamp of objects that have no report date. */
    static final String EPOCH = "2026-11-27T00:00:00.000Z";

    static final String EVENT_TYPE = "x-tumen-event";
    static final String TUMEN = StixIds.id("identity", "tumen");
    static final String EXTENSION = StixIds.id("extension-definition", "x-tumen-event/1");

    /** The top-level properties the extension adds to standard objects. */
    static final List<String> EXTENSION_PROPERTIES = List.of(
            "x_reliability", "x_credibility", "x_likelihood", "x_supporting", "x_contradicting", "x_status", "x_hedge");

    @Override
    public String mediaType() {
        return "application/stix+json;version=2.1";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(ExportBundle bundle, Writer out) throws IOException {
        ExportJson.writePretty(bundle(bundle), out);
    }

    /** The bundle as a JSON tree. */
    public ObjectNode bundle(ExportBundle bundle) {
        List<ObjectNode> objects = new Build(bundle).objects();
        ObjectNode b = ExportJson.object();
        b.put("type", "bundle");
        b.put(
                "id",
                StixIds.id(
                        "bundle",
                        objects.stream().map(o -> o.get("id").asText()).collect(Collectors.joining(","))));
        b.set("objects", ExportJson.array(objects));
        return b;
    }

    /** The opinion scale over the ICD 203 likelihood bands. */
    static String opinion(double probability) {
        if (probability <= 0.20) return "strongly-disagree";
        if (probability <= 0.45) return "disagree";
        if (probability < 0.55) return "neutral";
        if (probability < 0.80) return "agree";
        return "strongly-agree";
    }

    static String timestamp(LocalDate date) {
        return date == null ? EPOCH : date + "T00:00:00.000Z";
    }

    /** One export's worth of state: shared objects collect the dates and reports of everything that uses them. */
    private static final class Build {
        private final ExportBundle bundle;
        private final List<EventView> events;
        private final Map<String, Shared> shared = new TreeMap<>();

        Build(ExportBundle bundle) {
            this.bundle = bundle;
            this.events = EventView.all(bundle);
        }

        List<ObjectNode> objects() {
            List<ObjectNode> eventObjects = new ArrayList<>();
            Map<String, List<String>> refsByReport = new TreeMap<>();
            for (EventView e : events) eventObjects.addAll(event(e, refsByReport));
            List<ObjectNode> out = new ArrayList<>();
            out.add(tumen());
            out.add(extensionDefinition());
            shared.values().forEach(s -> out.add(s.build()));
            out.addAll(eventObjects);
            refsByReport.forEach((reportId, refs) -> out.add(report(reportId, refs)));
            return out;
        }

        private List<ObjectNode> event(EventView e, Map<String, List<String>> refsByReport) {
            LocalDate first = e.firstDate(bundle);
            LocalDate last = e.lastDate(bundle);
            List<ObjectNode> out = new ArrayList<>();
            String eventId = StixIds.id(EVENT_TYPE, e.id());
            Assessment a = e.assessment();

            ObjectNode ev = common(EVENT_TYPE, eventId, first, last);
            ev.put("name", e.label());
            ev.put("event_type", e.event().type());
            ev.set("roles", roles(e));
            if (e.event().when() != null) ev.put("when", e.event().when());
            ev.put("status", e.status());
            ev.put("tumen_id", e.id());
            if (a != null) ev.put("confidence", confidence(a));
            externalReferences(ev, e.claims().stream().map(Claim::reportId).toList());
            ObjectNode ext = ExportJson.object();
            ext.set(EXTENSION, ExportJson.object().put("extension_type", "new-sdo"));
            ev.set("extensions", ext);
            out.add(ev);

            for (RoleDef role : e.def().roles()) {
                if (role.kind() != RoleKind.PARTY && role.kind() != RoleKind.PARTIES) continue;
                for (String party : e.values(role.name())) {
                    String target = party(party, first, last);
                    String type = role.name().replace('_', '-');
                    ObjectNode rel =
                            relationship(type, eventId, target, e.id() + "/" + role.name() + "/" + party, first, last);
                    rel.put("description", role.name().replace('_', ' ') + " of: " + e.label());
                    out.add(rel);
                }
            }
            e.crossing()
                    .ifPresent(p -> out.add(relationship(
                            "located-at",
                            eventId,
                            crossing(p, first, last),
                            e.id() + "/located-at/" + p.id(),
                            first,
                            last)));

            for (Claim c : e.claims()) {
                LocalDate date = EventView.date(c, bundle);
                String source = source(c.source(), date, c.reportId());
                ObjectNode rel = relationship(
                        c.stance().name().toLowerCase(Locale.ROOT), source, eventId, "claim/" + c.id(), date, date);
                rel.put("description", c.evidence().text());
                if (c.status() != null) rel.put("x_status", c.status());
                if (c.hedge() != null) rel.put("x_hedge", c.hedge());
                externalReferences(rel, List.of(c.reportId()));
                toplevelExtension(rel);
                out.add(rel);
                List<String> refs = refsByReport.computeIfAbsent(c.reportId(), k -> new ArrayList<>());
                for (String ref : List.of(eventId, rel.get("id").asText(), source)) {
                    if (!refs.contains(ref)) refs.add(ref);
                }
            }

            if (a != null) out.add(opinion(e, eventId, a, last));
            return out;
        }

        private ObjectNode opinion(EventView e, String eventId, Assessment a, LocalDate last) {
            ObjectNode o = common("opinion", StixIds.id("opinion", "assessment/" + e.id()), last, last);
            o.put("opinion", StixExporter.opinion(a.probability()));
            o.put("explanation", a.likelihood() + ". " + String.join(" ", a.reasons()));
            o.set("authors", ExportJson.array(List.of("Tumen")));
            o.set("object_refs", ExportJson.array(List.of(eventId)));
            o.put("confidence", confidence(a));
            o.put("x_likelihood", a.likelihood());
            o.put("x_reliability", a.reliability());
            o.put("x_credibility", a.credibility());
            o.put("x_supporting", a.supporting());
            o.put("x_contradicting", a.contradicting());
            externalReferences(o, e.claims().stream().map(Claim::reportId).toList());
            toplevelExtension(o);
            return o;
        }

        private ObjectNode report(String reportId, List<String> refs) {
            ReportRef r = bundle.report(reportId);
            LocalDate published = r != null && r.published() != null ? r.published() : null;
            ObjectNode o = common("report", StixIds.id("report", reportId), published, published);
            String title = r != null && r.title() != null && !r.title().isBlank() ? r.title() : reportId;
            o.put("name", title);
            if (r != null && r.outlet() != null) o.put("description", "Published by " + r.outlet());
            o.put("published", timestamp(published));
            o.set("object_refs", ExportJson.array(refs));
            externalReferences(o, List.of(reportId));
            return o;
        }

        /** The identity of a claim's source, with its reliability; returns its STIX id. */
        private String source(String name, LocalDate date, String reportId) {
            String id = StixIds.id("identity", "source/" + name);
            Shared s = shared.computeIfAbsent(
                    "1 source " + name,
                    k -> new Shared(id, o -> {
                        o.put("name", name);
                        o.put("identity_class", "unknown");
                        o.put("x_reliability", bundle.reliability(name));
                        toplevelExtension(o);
                    }));
            s.seen(date, date, reportId);
            return id;
        }

        /** The identity of a party (a state for an ISO code, else a named party); returns its STIX id. */
        private String party(String party, LocalDate first, LocalDate last) {
            String id = StixIds.id("identity", "party/" + party);
            Places.Country country = Places.get().country(party).orElse(null);
            shared.computeIfAbsent(
                            "2 party " + party,
                            k -> new Shared(id, o -> {
                                o.put("name", Places.get().name(party));
                                if (country != null) {
                                    o.put("identity_class", "organization");
                                    o.set("sectors", ExportJson.array(List.of("government-national")));
                                } else {
                                    o.put("identity_class", "unknown");
                                }
                            }))
                    .seen(first, last, null);
            if (country != null) {
                String location = StixIds.id("location", "country/" + country.iso3());
                shared.computeIfAbsent(
                                "3 country " + country.iso3(),
                                k -> new Shared(location, o -> {
                                    o.put("name", country.name());
                                    o.put("country", country.iso2());
                                }))
                        .seen(first, last, null);
                String rel = StixIds.id("relationship", "party/" + party + "/located-at");
                shared.computeIfAbsent(
                                "4 located " + party,
                                k -> new Shared(rel, o -> {
                                    o.put("relationship_type", "located-at");
                                    o.put("source_ref", id);
                                    o.put("target_ref", location);
                                }))
                        .seen(first, last, null);
            }
            return id;
        }

        private String crossing(CrossingPoint p, LocalDate first, LocalDate last) {
            String id = StixIds.id("location", "crossing/" + p.id());
            shared.computeIfAbsent(
                            "5 crossing " + p.id(),
                            k -> new Shared(id, o -> {
                                o.put("name", p.name());
                                o.put(
                                        "description",
                                        p.kind() + " between "
                                                + String.join(
                                                        " and ",
                                                        p.countries().stream()
                                                                .map(Places.get()::name)
                                                                .toList())
                                                + "; coordinates: " + p.source());
                                o.put("latitude", p.lat());
                                o.put("longitude", p.lon());
                            }))
                    .seen(first, last, null);
            return id;
        }

        private ObjectNode relationship(
                String type, String source, String target, String key, LocalDate first, LocalDate last) {
            ObjectNode o = common("relationship", StixIds.id("relationship", key), first, last);
            o.put("relationship_type", type);
            o.put("source_ref", source);
            o.put("target_ref", target);
            return o;
        }

        private ObjectNode tumen() {
            ObjectNode o = common("identity", TUMEN, null, null);
            o.put("name", "Tumen");
            o.put("description", "Open-source monitor for sanctioned cross-border trade; this bundle is its export.");
            o.put("identity_class", "system");
            return o;
        }

        private ObjectNode extensionDefinition() {
            ObjectNode o = common("extension-definition", EXTENSION, null, null);
            o.put("name", "Tumen events");
            o.put(
                    "description",
                    "Adds x-tumen-event, a happening reported in open sources (a transfer of goods, a "
                            + "border crossing, a status change, an accusation, a denial), and Tumen's assessment "
                            + "properties on identities, relationships and opinions.");
            o.put("schema", schemaText());
            o.put("version", "1.0.0");
            o.set("extension_types", ExportJson.array(List.of("new-sdo", "toplevel-property-extension")));
            o.set("extension_properties", ExportJson.array(EXTENSION_PROPERTIES));
            return o;
        }

        private static String schemaText() {
            return "x-tumen-event: the STIX SDO common properties plus name (string, required), event_type (string, "
                    + "required: a type of Tumen's schema.yaml), roles (dictionary: role name to string, integer or "
                    + "list of strings), when (string, EDTF date or interval), status (asserted, alleged, denied or "
                    + "uncertain), tumen_id (string). Top-level properties: x_reliability (Admiralty source "
                    + "reliability A-F), x_credibility (Admiralty information credibility 1-6), x_likelihood (ICD 203 "
                    + "phrase), x_supporting and x_contradicting (counts of independent sources), x_status (the "
                    + "claim's status), x_hedge (the hedging words).";
        }

        private void externalReferences(ObjectNode o, List<String> reportIds) {
            ArrayNode refs = ExportJson.NODES.arrayNode();
            for (String reportId : new TreeSet<>(reportIds)) refs.add(reference(reportId));
            if (!refs.isEmpty()) o.set("external_references", refs);
        }

        private ObjectNode reference(String reportId) {
            ReportRef r = bundle.report(reportId);
            ObjectNode ref = ExportJson.object();
            ref.put(
                    "source_name",
                    r != null && r.outlet() != null && !r.outlet().isBlank() ? r.outlet() : "report");
            if (r != null && r.title() != null && !r.title().isBlank()) ref.put("description", r.title());
            if (r != null && isUri(r.url())) ref.put("url", r.url());
            ref.put("external_id", reportId);
            return ref;
        }

        private static ObjectNode common(String type, String id, LocalDate created, LocalDate modified) {
            ObjectNode o = ExportJson.object();
            o.put("type", type);
            o.put("spec_version", "2.1");
            o.put("id", id);
            o.put("created_by_ref", TUMEN);
            o.put("created", timestamp(created));
            o.put("modified", timestamp(modified));
            return o;
        }

        private static void toplevelExtension(ObjectNode o) {
            ObjectNode ext = ExportJson.object();
            ext.set(EXTENSION, ExportJson.object().put("extension_type", "toplevel-property-extension"));
            o.set("extensions", ext);
        }

        private static int confidence(Assessment a) {
            return (int) Math.round(Math.max(0, Math.min(1, a.probability())) * 100);
        }

        private ObjectNode roles(EventView e) {
            ObjectNode roles = ExportJson.object();
            e.event().roles().forEach((name, value) -> {
                if (value == null || value instanceof List<?> l && l.isEmpty()) return;
                if (value instanceof Number n) roles.put(name, n.longValue());
                else if (value instanceof List<?> l) roles.set(name, ExportJson.array(l));
                else roles.put(name, String.valueOf(value));
            });
            return roles;
        }

        private static boolean isUri(String url) {
            if (url == null || url.isBlank()) return false;
            try {
                URI uri = new URI(url);
                return uri.isAbsolute() && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /** An object used by several events: built once, dated by everything that uses it. */
        private final class Shared {
            private final String id;
            private final java.util.function.Consumer<ObjectNode> fill;
            private LocalDate first;
            private LocalDate last;
            private final TreeSet<String> reports = new TreeSet<>();

            Shared(String id, java.util.function.Consumer<ObjectNode> fill) {
                this.id = id;
                this.fill = fill;
            }

            Shared seen(LocalDate from, LocalDate to, String reportId) {
                if (from != null && (first == null || from.isBefore(first))) first = from;
                if (to != null && (last == null || to.isAfter(last))) last = to;
                if (reportId != null) reports.add(reportId);
                return this;
            }

            ObjectNode build() {
                String type = id.substring(0, id.indexOf("--"));
                ObjectNode o = common(type, id, first, last);
                fill.accept(o);
                if (!reports.isEmpty()) externalReferences(o, List.copyOf(reports));
                // extensions last, as in the other objects, for readers of the JSON
                if (o.has("extensions")) o.set("extensions", o.remove("extensions"));
                return o;
            }
        }
    }
}
