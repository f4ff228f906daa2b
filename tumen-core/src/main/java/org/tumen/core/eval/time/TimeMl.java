package org.tumen.core.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.tumen.core.time.TimexType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads TimeML 1.2 files (TempEval-3, TimeBank, AQUAINT) with the JDK's DOM parser. */
public final class TimeMl {
    private TimeMl() {}

    /** All {@code .tml} files under a folder, in name order, so that runs are repeatable. */
    public static List<TimeMlDocument> readAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> paths =
                    files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            List<TimeMlDocument> docs = new ArrayList<>(paths.size());
            for (Path p : paths) docs.add(read(p));
            return docs;
        }
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        }
    }

    public static TimeMlDocument read(String id, InputStream in) throws IOException {
        Document doc = parse(in);
        LocalDate dct = creationDate(doc);
        NodeList texts = doc.getElementsByTagName("TEXT");
        if (texts.getLength() != 1) throw new IOException(id + ": expected one <TEXT>, found " + texts.getLength());
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        collect(texts.item(0), text, timexes);
        return new TimeMlDocument(id, dct, text.toString(), timexes);
    }

    /** Appends the node's text, recording each TIMEX3's offsets in the text built so far. */
    private static void collect(Node node, StringBuilder text, List<GoldTimex> timexes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    int begin = text.length();
                    collect(child, text, timexes);
                    Element e = (Element) child;
                    if (e.getTagName().equals("TIMEX3")) {
                        timexes.add(new GoldTimex(
                                e.getAttribute("tid"),
                                begin,
                                text.length(),
                                text.substring(begin),
                                TimexType.valueOf(e.getAttribute("type").strip().toUpperCase(Locale.ROOT)),
                                e.getAttribute("value")));
                    }
                }
                default -> {}
            }
        }
    }

    /** The value of the TIMEX3 whose functionInDocument is CREATION_TIME; its date part is the anchor. */
    private static LocalDate creationDate(Document doc) throws IOException {
        NodeList all = doc.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                String value = e.getAttribute("value");
                if (value.length() >= 10) return LocalDate.parse(value.substring(0, 10));
            }
        }
        throw new IOException("no TIMEX3 with functionInDocument=\"CREATION_TIME\" and a full date");
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // The files are data, not trusted documents: no DTDs, no external entities.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not TimeML: " + e.getMessage(), e);
        }
    }
}
