package org.tumen.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;

/**
 * Extractions written by hand, as the pipeline would produce them, in the voices of different outlets about the
 * horse train and the arms claim of November 2022. No NLP runs in the store's tests.
 */
final class Fixtures {
    private Fixtures() {}

    static final String SEED_TEXT = "Russia sent 30 Orlov Trotter horses to North Korea by train on November 2. "
            + "The White House said North Korea is covertly supplying artillery shells to Russia. "
            + "Pyongyang denied any arms dealings with Russia.";

    static final String YONHAP_TEXT = "A train carrying 30 horses from Russia crossed into North Korea at "
            + "Tumangang on Wednesday, satellite imagery shows. The horses were a gift from Moscow to Pyongyang.";

    /** A repost of the Yonhap story with one word changed: the same source, not a second one. */
    static final String HERALD_TEXT = "A train carrying 30 horses from Russia crossed into North Korea at "
            + "Tumangang on Wednesday, satellite imagery shows. The horses were a present from Moscow to Pyongyang.";

    static final String CLOSURE_TEXT =
            "North Korea closed the Tumangang border crossing in February 2020 " + "to keep out the coronavirus.";

    /** The seed story: the horse shipment, the White House's arms claim and Pyongyang's denial. */
    static Extraction seed() {
        Builder b = new Builder("orlov-trotters", "NK News", LocalDate.of(2022, 11, 6), SEED_TEXT);
        b.event("e1", "TRANSFER", horses(), "2022-11-02", "asserted", List.of(), "Russia sent 30 Orlov Trotter horses");
        b.event(
                "e2",
                "TRANSFER",
                Map.of("supplier", "PRK", "recipient", "RUS", "item", "artillery shells", "hs", "9306"),
                "2022-09/2022-11",
                "alleged",
                List.of("White House"),
                "covertly supplying artillery shells to Russia");
        b.event(
                "e3",
                "DENY",
                Map.of("denier", List.of("PRK"), "about", "arms dealings with Russia"),
                "2022-11",
                "asserted",
                List.of("North Korea"),
                "Pyongyang denied any arms dealings with Russia");
        b.country("Russia", "RUS").country("North Korea", "PRK");
        return b.build();
    }

    static final String KOMID_TEXT = "KOMID shipped artillery shells from North Korea to Russia in October 2022, "
            + "according to a UN panel led by Kim Chol.";

    static final String KOMID_AGAIN_TEXT = "A second report: the shells that KOMID sent to Russia in October 2022 "
            + "were paid for through a front company.";

    /** Arms by a listed company, flagged by the checker; KOMID and a person are entities to screen. */
    static Extraction komid(String id, String text, String severity) {
        Builder b = new Builder(id, "Daily NK", LocalDate.of(2022, 11, 20), text);
        b.event(
                "e1",
                "TRANSFER",
                Map.of("supplier", "PRK", "recipient", "RUS", "item", "artillery shells", "hs", "9306"),
                "2022-10",
                "asserted",
                List.of(),
                text.substring(0, text.indexOf(" to Russia")));
        b.flag("e1", "UN-DPRK/arms-export", severity).flag("e1", "UN-DPRK/listed-party", "possible");
        b.named("ORGANIZATION", "KOMID").country("Russia", "RUS");
        if (text.contains("Kim Chol")) b.named("PERSON", "Kim Chol");
        return b.build();
    }

    /** komid-2: the same shells, a breach of the UN arms rule and a US arms rule for review. */
    static Extraction komidAgainAsBreach() {
        Builder b = new Builder("komid-2", "NK Pro", LocalDate.of(2022, 11, 21), KOMID_AGAIN_TEXT);
        b.event(
                "e1",
                "TRANSFER",
                Map.of("supplier", "PRK", "recipient", "RUS", "item", "artillery shells", "hs", "9306"),
                "2022-10",
                "asserted",
                List.of(),
                "the shells that KOMID sent");
        return b.flag("e1", "UN-DPRK/arms-export", "breach")
                .flag("e1", "US-DPRK/arms", "review")
                .build();
    }

    static Extraction yonhap() {
        return horseCrossing("yonhap-horses", "Yonhap", YONHAP_TEXT);
    }

    static Extraction herald() {
        return horseCrossing("herald-horses", "Korea Herald", HERALD_TEXT);
    }

    private static Extraction horseCrossing(String id, String outlet, String text) {
        Builder b = new Builder(id, outlet, LocalDate.of(2022, 11, 4), text);
        b.event("e1", "TRANSFER", horses(), "2022-11-02", "asserted", List.of(), "A train carrying 30 horses");
        b.event(
                "e2",
                "CROSSING",
                Map.of(
                        "vehicle",
                        "train",
                        "item",
                        "horses",
                        "from",
                        "RUS",
                        "to",
                        "PRK",
                        "place",
                        "Tumangang",
                        "basis",
                        "imagery"),
                "2022-11-02",
                "asserted",
                List.of(),
                "crossed into North Korea at Tumangang");
        b.country("Russia", "RUS").country("North Korea", "PRK");
        return b.build();
    }

    static Extraction closure() {
        Builder b = new Builder("closure-2020", "38 North", LocalDate.of(2020, 3, 1), CLOSURE_TEXT);
        b.event(
                "e1",
                "STATUS_CHANGE",
                Map.of(
                        "actor",
                        List.of("PRK"),
                        "subject",
                        "Tumangang border crossing",
                        "state",
                        "closed",
                        "place",
                        "Tumangang"),
                "2020-02",
                "asserted",
                List.of(),
                "closed the Tumangang border crossing");
        b.country("North Korea", "PRK");
        return b.build();
    }

    /** Chinese trucks crossing into North Korea at a place on a day, as Reuters reports it two days later. */
    static Extraction trucksAt(String place, LocalDate day) {
        String text = "Trucks crossed the bridge at " + place + " into North Korea on " + day + ", Reuters reported.";
        Builder b = new Builder("trucks-" + place + "-" + day, "Reuters", day.plusDays(2), text);
        b.event(
                "e1",
                "CROSSING",
                Map.of("vehicle", "truck", "from", "CHN", "to", "PRK", "place", place),
                day.toString(),
                "asserted",
                List.of(),
                "Trucks crossed the bridge at " + place);
        return b.country("North Korea", "PRK").build();
    }

    /** A KCNA report about the horses; {@code id} may carry the corpus's "-r2" re-issue suffix. */
    static Extraction kcna(String id, String text, boolean withEvent) {
        Builder b = new Builder(id, "KCNA", LocalDate.of(2022, 11, 5), text);
        if (withEvent) {
            b.event("e1", "TRANSFER", horses(), "2022-11-02", "asserted", List.of(), text.substring(0, 20));
        }
        return b.build();
    }

    static Map<String, Object> horses() {
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("supplier", "RUS");
        roles.put("recipient", "PRK");
        roles.put("item", "Orlov Trotter horses");
        roles.put("hs", "0101");
        roles.put("quantity", 30);
        roles.put("mode", "rail");
        return roles;
    }

    static final class Builder {
        private final Report report;
        private final List<Event> events = new ArrayList<>();
        private final List<EntityRef> entities = new ArrayList<>();
        private final Map<String, List<Flag>> flags = new LinkedHashMap<>();

        Builder(String id, String outlet, LocalDate published, String text) {
            report = new Report(id, "fixtures/" + id + ".txt", "About " + id, outlet, published, text);
        }

        Builder event(
                String id,
                String type,
                Map<String, Object> roles,
                String when,
                String status,
                List<String> sources,
                String evidence) {
            events.add(new Event(id, type, roles, when, status, sources, span(evidence)));
            return this;
        }

        Builder country(String name, String code) {
            int at = report.text().indexOf(name);
            List<Span> mentions = at < 0 ? List.of() : List.of(Span.of(report.text(), at, at + name.length()));
            entities.add(new EntityRef("COUNTRY", name, code, mentions));
            return this;
        }

        /** A PERSON or ORGANIZATION entity, mentioned where its name first occurs. */
        Builder named(String kind, String name) {
            int at = report.text().indexOf(name);
            List<Span> mentions = at < 0 ? List.of() : List.of(Span.of(report.text(), at, at + name.length()));
            entities.add(new EntityRef(kind, name, null, mentions));
            return this;
        }

        Builder flag(String eventId, String tag, String severity) {
            String regime = tag.substring(0, tag.indexOf('/'));
            flags.computeIfAbsent(eventId, k -> new ArrayList<>())
                    .add(new Flag(
                            tag,
                            regime,
                            "UNSCR 1718 (2006) para 8(b)",
                            "artillery shells (HS 9306)",
                            "9306",
                            List.of("PRK", "RUS"),
                            "2022-09/2022-11 is after 2006-10-14",
                            severity,
                            "A " + severity + " of " + tag + ", as this report tells it.",
                            false,
                            tag.startsWith("UN-DPRK/arms")));
            return this;
        }

        private Span span(String evidence) {
            int at = report.text().indexOf(evidence);
            if (at < 0) throw new IllegalArgumentException("not in the text: " + evidence);
            return Span.of(report.text(), at, at + evidence.length());
        }

        Extraction build() {
            return new Extraction(report, events, entities, report.text().split("\\s+").length, flags);
        }
    }
}
