package org.tumen.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomFeedTest {
    @Test
    void the_feed_is_atom_with_one_entry_per_alert_whose_id_does_not_change() throws Exception {
        Alert a = new Alert(
                AlertKind.NEW_EVENT,
                "tk",
                "ev-1",
                "Tumangang",
                "New <crossing> & more.",
                "2022-11-02",
                "new-event|tk|ev-1",
                Instant.parse("2022-11-08T12:00:00Z"));

        String xml = AtomFeed.write(List.of(a), Instant.parse("2022-11-09T00:00:00Z"));

        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(doc.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("*", "summary").item(0).getTextContent())
                .isEqualTo("New <crossing> & more.");
        assertThat(doc.getElementsByTagNameNS("*", "updated").item(0).getTextContent())
                .isEqualTo("2022-11-08T12:00:00Z");
        assertThat(xml).contains("tag:tumen.org,2022:alert:" + a.id());
    }
}
