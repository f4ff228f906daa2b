package org.tumen.core.screen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OFAC's legacy SDN CSV trio: {@code sdn.csv} (parties), {@code alt.csv} (aliases), {@code add.csv}
 * (addresses). The files have no header, CRLF line ends, a trailing 0x1A (DOS end-of-file) and {@code -0-} for
 * empty; several programmes share one field joined by {@code "] ["}.
 *
 * <p>The bundled sdn.csv (2024-05-03) and alt/add (2025-12-24) are different snapshots: rows are joined on
 * {@code ent_num}, and alias or address rows whose party is not in sdn.csv are left out and counted in the list's
 * notes, because without sdn.csv we know neither their type nor their programme.
 */
public final class OfacListReader {
    public static final String LIST_ID = "OFAC-SDN";

    private static final Pattern DOB = Pattern.compile("DOB ([^;]+?)(?:;|\\.$|$)");
    private static final Pattern NATIONALITY = Pattern.compile("[Nn]ationality ([^;]+?)(?:;|\\.$|$)");

    /** One file to read: a name for messages and its bytes (gunzipped already). */
    public record Source(String name, byte[] bytes) {}

    private OfacListReader() {}

    public static SanctionsList read(String asOf, Source sdn, Source alt, Source add) {
        Map<String, ListedParty.Builder> parties = new LinkedHashMap<>();
        for (Row row : rows(sdn, 12)) parties.put(row.get(0), party(sdn.name(), row));
        if (parties.isEmpty()) throw new ListFormatException(sdn.name(), null, "no SDN records", null);
        List<String> notes = new ArrayList<>();
        List<String> sources = new ArrayList<>(List.of(sdn.name()));
        if (alt != null) {
            sources.add(alt.name());
            int orphans = 0;
            for (Row row : rows(alt, 5)) {
                ListedParty.Builder b = parties.get(row.get(0));
                String name = row.get(3);
                if (name == null) continue;
                if (b == null) orphans++;
                else b.name(new ListedName(name, quality(row.get(2)), false));
            }
            if (orphans > 0)
                notes.add(orphans + " aliases in " + alt.name() + " belong to parties not in " + sdn.name()
                        + " (designated later): left out");
        }
        if (add != null) {
            sources.add(add.name());
            int orphans = 0;
            for (Row row : rows(add, 6)) {
                ListedParty.Builder b = parties.get(row.get(0));
                if (b == null) {
                    orphans++;
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (int i = 2; i <= 4; i++) if (row.get(i) != null) parts.add(row.get(i));
                if (!parts.isEmpty()) b.address(String.join(", ", parts));
            }
            if (orphans > 0)
                notes.add(orphans + " addresses in " + add.name() + " belong to parties not in " + sdn.name()
                        + ": left out");
        }
        List<ListedParty> built =
                parties.values().stream().map(ListedParty.Builder::build).toList();
        return new SanctionsList(LIST_ID, asOf, sources, built, notes);
    }

    private static ListedParty.Builder party(String file, Row row) {
        String type = row.get(2) == null ? "entity" : row.get(2).toLowerCase();
        PartyType t = switch (type) {
            case "individual" -> PartyType.PERSON;
            case "vessel" -> PartyType.VESSEL;
            case "aircraft" -> PartyType.AIRCRAFT;
            case "entity" -> PartyType.ENTITY;
            default -> throw new ListFormatException(file, "line " + row.line(), "unknown SDN_Type " + type, null);
        };
        String name = row.get(1);
        if (name == null) throw new ListFormatException(file, "line " + row.line(), "entry without a name", null);
        ListedParty.Builder b = ListedParty.builder(LIST_ID, row.get(0), t).name(ListedName.primary(name));
        if (row.get(3) != null) Arrays.stream(row.get(3).split("\\] \\[")).forEach(b::programme);
        String remarks = row.get(11);
        if (remarks != null) {
            Matcher m = DOB.matcher(remarks);
            while (m.find()) b.dob(m.group(1));
            Matcher n = NATIONALITY.matcher(remarks);
            while (n.find()) b.nationality(n.group(1));
        }
        return b;
    }

    private static String quality(String altType) {
        if (altType == null) return "aka";
        return switch (altType.toLowerCase().replace(".", "").strip()) {
            case "fka" -> "fka";
            case "nka" -> "nka";
            default -> "aka";
        };
    }

    /** A CSV row with {@code -0-} read as null. */
    record Row(long line, List<String> values) {
        String get(int i) {
            String v = values.get(i).strip();
            return v.isEmpty() || v.equals("-0-") ? null : v;
        }
    }

    private static List<Row> rows(Source src, int columns) {
        String text;
        try {
            // strict UTF-8: a file cut in the middle of a character, or not text at all, is an error, not mojibake
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(src.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ListFormatException(src.name(), null, "not UTF-8 text", e);
        }
        int eof = text.indexOf('\u001a');
        boolean terminated = eof >= 0;
        if (terminated) text = text.substring(0, eof);
        List<Row> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
            for (CSVRecord rec : parser) {
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                if (rec.size() != columns)
                    throw new ListFormatException(
                            src.name(),
                            "line " + (rec.getRecordNumber()),
                            "expected " + columns + " columns, found " + rec.size(),
                            null);
                out.add(new Row(rec.getRecordNumber(), rec.toList()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ListFormatException(
                    src.name(), "after line " + (out.size()), "malformed CSV: " + e.getMessage(), e);
        }
        // OFAC ends every file with 0x1A after the last CRLF; a download cut short lacks it
        if (!terminated && !text.endsWith("\n"))
            throw new ListFormatException(src.name(), "line " + out.size(), "truncated: last line is incomplete", null);
        if (out.isEmpty()) throw new ListFormatException(src.name(), null, "no rows", null);
        return out;
    }

    /** Reads a stream whole (gunzip first if {@code gz}); a truncated gzip is an error naming the file. */
    public static byte[] bytes(String name, InputStream in, boolean gz) {
        try (InputStream s = gz ? new java.util.zip.GZIPInputStream(in) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ListFormatException(name, null, "cannot read (" + e.getMessage() + "): truncated or not gzip", e);
        }
    }
}
