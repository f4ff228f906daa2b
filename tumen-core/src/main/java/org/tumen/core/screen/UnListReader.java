package org.tumen.core.screen;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list ({@code CONSOLIDATED_LIST} XML) with the JDK's StAX parser:
 * streaming, so a 2 MB file costs little memory, and no third-party XML stack.
 */
public final class UnListReader {
    public static final String LIST_ID = "UN-SC";

    private UnListReader() {}

    /** Reads the whole list; any problem is a {@link ListFormatException} naming {@code file} and the line. */
    public static SanctionsList read(String file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the list is data from outside: no DTDs, no external entities
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in, "UTF-8");
            return parse(file, r);
        } catch (XMLStreamException e) {
            String where =
                    e.getLocation() == null ? null : "line " + e.getLocation().getLineNumber();
            throw new ListFormatException(file, where, "malformed XML: " + firstLine(e.getMessage()), e);
        } finally {
            close(r, in);
        }
    }

    private static SanctionsList parse(String file, XMLStreamReader r) throws XMLStreamException {
        List<ListedParty> parties = new ArrayList<>();
        String asOf = null;
        boolean sawRoot = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String el = r.getLocalName();
            if (el.equals("CONSOLIDATED_LIST")) {
                sawRoot = true;
                String generated = r.getAttributeValue(null, "dateGenerated");
                asOf = generated == null ? null : generated.substring(0, Math.min(10, generated.length()));
            } else if (el.equals("INDIVIDUAL") || el.equals("ENTITY")) {
                if (!sawRoot) throw new ListFormatException(file, null, "not a UN CONSOLIDATED_LIST", null);
                int line = r.getLocation().getLineNumber();
                Map<String, List<String>> fields = record(r, el);
                parties.add(party(file, line, el.equals("INDIVIDUAL") ? PartyType.PERSON : PartyType.ENTITY, fields));
            }
        }
        if (!sawRoot) throw new ListFormatException(file, null, "not a UN CONSOLIDATED_LIST", null);
        if (parties.isEmpty()) throw new ListFormatException(file, null, "no INDIVIDUAL or ENTITY records", null);
        return new SanctionsList(LIST_ID, asOf, List.of(file), parties, List.of());
    }

    /**
     * Flattens one INDIVIDUAL/ENTITY into path-keyed values ({@code INDIVIDUAL_ALIAS/ALIAS_NAME}); aliases and
     * addresses are grouped so their parts stay together ({@code #n} suffix per repeated group).
     */
    private static Map<String, List<String>> record(XMLStreamReader r, String top) throws XMLStreamException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (path.isEmpty()) name = name + "#" + groups.merge(name, 1, Integer::sum);
                path.add(name);
                text.setLength(0);
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (path.isEmpty()) return out; // end of the INDIVIDUAL/ENTITY
                String value = text.toString().strip();
                if (!value.isEmpty())
                    out.computeIfAbsent(String.join("/", path), k -> new ArrayList<>())
                            .add(value);
                text.setLength(0);
                path.removeLast();
            }
        }
        throw new XMLStreamException("file ends inside " + top, r.getLocation());
    }

    private static ListedParty party(String file, int line, PartyType type, Map<String, List<String>> f) {
        String ref = first(f, "REFERENCE_NUMBER#1");
        if (ref == null) throw new ListFormatException(file, "line " + line, "record without REFERENCE_NUMBER", null);
        ListedParty.Builder b = ListedParty.builder(LIST_ID, ref, type);
        List<String> parts = new ArrayList<>();
        for (String n : List.of("FIRST_NAME#1", "SECOND_NAME#1", "THIRD_NAME#1", "FOURTH_NAME#1")) {
            String v = first(f, n);
            if (v != null) parts.add(v);
        }
        if (!parts.isEmpty()) b.name(ListedName.primary(String.join(" ", parts)));
        String prefix = type == PartyType.PERSON ? "INDIVIDUAL_" : "ENTITY_";
        for (var e : f.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(prefix + "ALIAS#") && key.endsWith("/ALIAS_NAME")) {
                String group = key.substring(0, key.indexOf('/'));
                String quality = quality(first(f, group + "/QUALITY"));
                for (String alias : e.getValue()) {
                    String clean = alias.replace("\"", "").strip();
                    if (!clean.isEmpty()) b.name(new ListedName(clean, quality, false));
                }
            }
        }
        String original = first(f, "NAME_ORIGINAL_SCRIPT#1");
        if (original != null) b.name(new ListedName(original, "primary", true));
        if (!b.hasName()) throw new ListFormatException(file, "line " + line, ref + " has no name", null);
        f.getOrDefault("UN_LIST_TYPE#1", List.of()).forEach(b::programme);
        f.getOrDefault("NATIONALITY#1/VALUE", List.of()).forEach(b::nationality);
        for (var e : f.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(prefix + "DATE_OF_BIRTH#")) b.dob(dob(f, key.substring(0, key.indexOf('/'))));
            if (key.startsWith(prefix + "ADDRESS#") && key.endsWith("/COUNTRY")) {
                String group = key.substring(0, key.indexOf('/'));
                List<String> addr = new ArrayList<>();
                for (String part : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")) {
                    String v = first(f, group + "/" + part);
                    if (v != null) addr.add(v);
                }
                b.address(String.join(", ", addr));
            }
        }
        String listed = first(f, "LISTED_ON#1");
        if (listed != null) {
            try {
                b.listedOn(LocalDate.parse(listed.substring(0, Math.min(10, listed.length()))));
            } catch (DateTimeParseException e) {
                throw new ListFormatException(file, "line " + line, ref + ": bad LISTED_ON " + listed, e);
            }
        }
        return b.build();
    }

    /** DATE (exact), YEAR, or FROM_YEAR–TO_YEAR, as the list gives it. */
    private static String dob(Map<String, List<String>> f, String group) {
        String date = first(f, group + "/DATE");
        if (date != null) return date.substring(0, Math.min(10, date.length()));
        String year = first(f, group + "/YEAR");
        if (year != null) return year;
        String from = first(f, group + "/FROM_YEAR");
        String to = first(f, group + "/TO_YEAR");
        if (from != null && to != null) return from + ".." + to;
        return from != null ? from : to;
    }

    private static String quality(String q) {
        if (q == null) return "aka";
        return switch (q.toLowerCase(Locale.ROOT).replace(".", "").strip()) {
            case "good" -> "good";
            case "low" -> "low";
            case "fka" -> "fka";
            case "nka" -> "nka";
            default -> "aka";
        };
    }

    private static String first(Map<String, List<String>> f, String key) {
        List<String> v = f.get(key);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.lastIndexOf('\n');
        return (nl >= 0 ? s.substring(nl + 1) : s).strip();
    }

    private static void close(XMLStreamReader r, InputStream in) {
        try {
            if (r != null) r.close();
            in.close();
        } catch (XMLStreamException | IOException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }
}
