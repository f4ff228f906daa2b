package org.tumen.core.watch;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Alerts as an Atom 1.0 feed (RFC 4287), newest first. Entry ids are tag URIs drawn from the alert id, so a feed
 * reader shows each alert once however often the feed is rewritten.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** @param alerts newest first */
    public static String write(List<Alert> alerts, Instant generated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "tag:tumen.org,2022:alerts");
            text(x, "title", "Tumen alerts");
            Instant updated = alerts.isEmpty() ? generated : alerts.getFirst().raised();
            text(x, "updated", updated.toString());
            x.writeStartElement("author");
            text(x, "name", "Tumen");
            x.writeEndElement();
            x.writeEmptyElement("generator");
            x.writeAttribute("uri", "https://github.com/tumen");
            for (Alert a : alerts) entry(x, a);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an Atom feed to a string cannot fail", e);
        }
        return out + "\n";
    }

    private static void entry(XMLStreamWriter x, Alert a) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", "tag:tumen.org,2022:alert:" + a.id());
        text(x, "title", a.kind().wire() + " · " + a.watch() + (a.place() != null ? " · " + a.place() : ""));
        text(x, "updated", a.raised().toString());
        x.writeEmptyElement("category");
        x.writeAttribute("term", a.kind().wire());
        if (a.event() != null) {
            // the evidence: the event as `tumen show` prints it
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "related");
            x.writeAttribute("href", "tumen:event/" + a.event());
        }
        text(x, "summary", a.reason());
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(a.toJson().toString());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
