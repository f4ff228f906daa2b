package org.tumen.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tumen.core.assess.Assessment;
import org.tumen.core.schema.EventTypeDef;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.Schema;

/**
 * Events as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed), one row per fused event, for
 * spreadsheets and pandas. Role columns are the union of the schema's roles in schema order, so a role added to
 * the schema is a new column; list values are joined with "; ". The evidence column holds each claim's
 * "source: sentence" on its own line inside the quoted field.
 *
 * <p>Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR at the
 * start of a field) gets a leading apostrophe, as OWASP advises against CSV injection: a report quoting
 * {@code =HYPERLINK(...)} must not become a live link in an analyst's sheet. Numbers are written as they are.
 */
public final class CsvExporter implements Exporter {
    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8; header=present";
    }

    @Override
    public String extension() {
        return "csv";
    }

    /** The header: id, type, when, status, every schema role, then the assessment and the evidence. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "type", "label", "when", "status"));
        columns.addAll(roleColumns());
        columns.addAll(List.of(
                "likelihood", "probability", "reliability", "credibility", "supporting", "contradicting", "evidence"));
        return columns;
    }

    static List<String> roleColumns() {
        Set<String> roles = new LinkedHashSet<>();
        for (EventTypeDef type : Schema.get().events().values()) {
            for (RoleDef role : type.roles()) roles.add(role.name());
        }
        return List.copyOf(roles);
    }

    @Override
    public void write(ExportBundle bundle, Writer out) throws IOException {
        List<String> roles = roleColumns();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(columns().toArray(String[]::new))
                .get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (EventView e : EventView.all(bundle)) {
            List<Object> row = new ArrayList<>();
            row.add(text(e.id()));
            row.add(e.event().type());
            row.add(text(e.label()));
            row.add(text(e.event().when()));
            row.add(e.status());
            for (String role : roles) {
                Object v = e.event().roles().get(role);
                row.add(v instanceof Number n ? n : text(String.join("; ", e.values(role))));
            }
            Assessment a = e.assessment();
            row.add(a == null ? "" : text(a.likelihood()));
            row.add(a == null ? "" : a.probability());
            row.add(a == null ? "" : a.reliability());
            row.add(a == null ? "" : a.credibility());
            row.add(e.supporting());
            row.add(e.contradicting());
            row.add(text(e.evidence()));
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** Defuses formula injection; see the class comment. */
    static String text(String value) {
        if (value == null || value.isEmpty()) return "";
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
