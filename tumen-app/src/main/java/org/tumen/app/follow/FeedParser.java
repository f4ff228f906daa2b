package org.tumen.app.follow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.tumen.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * RSS 2.0 and Atom 1.0 with the JDK's own parser (not whichever a dependency puts first), locked down: no DOCTYPE at all (so no external entities, no entity
 * expansion bombs), no XInclude, no external access. A feed that is not well-formed XML fails whole; an item without
 * text or with an unreadable date is returned as {@link FeedItem.Malformed} so the rest of the feed is still read.
 */
public final class FeedParser {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    /** The feed's title (the outlet of its reports) and its items in document order. */
    public record Feed(String title, List<FeedItem> items) {}

    public static class FeedException extends Exception {
        FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedParser() {}

    public static Feed parse(byte[] xml) throws FeedException {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new FeedException("not a well-formed feed: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        if (name.equals("rss")) return rss(root);
        if (name.equals("feed") && ATOM.equals(root.getNamespaceURI())) return atom(root);
        throw new FeedException("neither RSS 2.0 nor Atom: the root element is <" + name + ">", null);
    }

    private static DocumentBuilder builder() throws FeedException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new FeedException("the JDK's XML parser cannot be secured: " + e.getMessage(), e);
        }
    }

    private static Feed rss(Element root) {
        Element channel = child(root, null, "channel");
        List<FeedItem> items = new ArrayList<>();
        if (channel == null) return new Feed(null, items);
        for (Element item : children(channel, null, "item")) {
            String guid = text(child(item, null, "guid"));
            String link = text(child(item, null, "link"));
            String body = firstNonBlank(
                    text(child(item, "http://purl.org/rss/1.0/modules/content/", "encoded")),
                    text(child(item, null, "description")));
            items.add(
                    item(guid, link, text(child(item, null, "title")), body, text(child(item, null, "pubDate")), item));
        }
        return new Feed(text(child(channel, null, "title")), items);
    }

    private static Feed atom(Element root) {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(root, ATOM, "entry")) {
            String link = null;
            for (Element l : children(entry, ATOM, "link")) {
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) link = l.getAttribute("href");
            }
            String body = firstNonBlank(text(child(entry, ATOM, "content")), text(child(entry, ATOM, "summary")));
            String date = firstNonBlank(text(child(entry, ATOM, "published")), text(child(entry, ATOM, "updated")));
            items.add(item(text(child(entry, ATOM, "id")), link, text(child(entry, ATOM, "title")), body, date, entry));
        }
        return new Feed(text(child(root, ATOM, "title")), items);
    }

    private static FeedItem item(String guid, String link, String title, String body, String date, Element raw) {
        String text = body == null ? "" : plain(body);
        String hash = Store.contentHash(String.join("\u0000", nz(guid), nz(link), nz(title), text, nz(date)));
        String key = guid != null ? guid : link != null ? link : "sha256:" + Store.contentHash(raw.getTextContent());
        if (text.isBlank()) return new FeedItem.Malformed(key, hash, "the item has no text");
        LocalDate published = null;
        if (date != null) {
            published = date(date);
            if (published == null) return new FeedItem.Malformed(key, hash, "unreadable date '" + date + "'");
        }
        return new FeedItem.Entry(key, hash, title == null ? null : plain(title), link, published, text);
    }

    /** RFC 822 dates (RSS) and RFC 3339 dates (Atom), each to its own day. */
    static LocalDate date(String s) {
        String t = s.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not RFC 822; try RFC 3339
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time; try a plain date
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** HTML to text: block ends become line breaks, tags go, entities are decoded. */
    static String plain(String html) {
        String s = BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        m.appendTail(out);
        return out.toString()
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\\n[ \\n]*", "\n\n")
                .strip();
    }

    private static String entity(String e) {
        return switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                boolean hex = e.startsWith("#x") || e.startsWith("#X");
                int cp = Integer.parseInt(e.substring(hex ? 2 : 1), hex ? 16 : 10);
                yield Character.isValidCodePoint(cp) ? Character.toString(cp) : "";
            }
        };
    }

    private static Element child(Element parent, String ns, String name) {
        List<Element> all = children(parent, ns, name);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && name.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) out.add(e);
        }
        return out;
    }

    private static String text(Node n) {
        if (n == null) return null;
        String t = n.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
