package org.tumen.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumen.app.service.ReportExtractor;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.ingest.TextCleaner;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;

/**
 * Extraction by phrase, written by hand, so that the server's fast tests ingest real-looking reports without CoreNLP:
 * each phrase found in a text gives the event the pipeline would read from it. A text containing {@value #FAIL}
 * fails, as an extraction can.
 */
public final class FakeExtractor implements ReportExtractor {
    public static final String FAIL = "EXTRACTION-FAILS";

    private record Phrase(String text, String type, Map<String, Object> roles, String when) {}

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(
                    "sent 30 Orlov Trotter horses",
                    "TRANSFER",
                    roles("supplier", "RUS", "recipient", "PRK", "item", "Orlov Trotter horses", "hs", "0101"),
                    "2022-11-02"),
            new Phrase(
                    "crossed into North Korea at Tumangang",
                    "CROSSING",
                    roles("vehicle", "train", "item", "horses", "from", "RUS", "to", "PRK", "place", "Tumangang"),
                    "2022-11-02"),
            new Phrase(
                    "supplying artillery shells",
                    "TRANSFER",
                    roles("supplier", "PRK", "recipient", "RUS", "item", "artillery shells", "hs", "9306"),
                    "2022-10"));

    @Override
    public Extraction extract(RawReport raw) {
        if (raw.text().contains(FAIL)) throw new IllegalStateException("the fake extractor was told to fail");
        Report report = raw.clean(new TextCleaner());
        String text = report.text();
        List<Event> events = new ArrayList<>();
        for (Phrase p : PHRASES) {
            int at = text.indexOf(p.text());
            if (at < 0) continue;
            Span evidence = Span.of(text, at, at + p.text().length());
            events.add(new Event(
                    "e" + (events.size() + 1), p.type(), p.roles(), p.when(), "asserted", List.of(), evidence));
        }
        List<EntityRef> entities = new ArrayList<>();
        int komid = text.indexOf("KOMID");
        if (komid >= 0)
            entities.add(new EntityRef("ORGANIZATION", "KOMID", null, List.of(Span.of(text, komid, komid + 5))));
        return new Extraction(report, events, entities, text.split("\\s+").length);
    }

    @Override
    public String description() {
        return "fake extractor (tests)";
    }

    private static Map<String, Object> roles(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }
}
