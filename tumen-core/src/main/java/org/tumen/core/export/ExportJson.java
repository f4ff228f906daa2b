package org.tumen.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/**
 * JSON writing shared by the exporters. Report text is hostile input: a quoted {@code </script>} must not end a
 * script block if someone inlines an export into a page, so {@code <}, {@code >}, {@code &}, {@code '} and the
 * JavaScript line terminators are written as {@code \\uXXXX} escapes. Any JSON parser reads them back unchanged.
 */
final class ExportJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = mapper();

    private ExportJson() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(Collection<?> values) {
        ArrayNode a = NODES.arrayNode();
        for (Object v : values) {
            if (v instanceof JsonNode n) a.add(n);
            else if (v instanceof Number n) a.add(NODES.numberNode(n.longValue()));
            else a.add(String.valueOf(v));
        }
        return a;
    }

    /** Writes one value, indented. */
    static void writePretty(JsonNode node, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), node);
        out.write('\n');
    }

    /** Writes one value on one line (JSON lines). */
    static void writeLine(JsonNode node, Writer out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), node);
        out.write('\n');
    }

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setCharacterEscapes(new HtmlSafe());
        m.disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        m.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return m;
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] table;

        HtmlSafe() {
            table = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) table[c] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028 and U+2029 are legal in JSON but end a line in older JavaScript
            if (ch == 0x2028) return new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
            if (ch == 0x2029) return new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
            return null;
        }
    }

    /** Lets Jackson write to the caller's writer without closing it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
