package org.tumen.app.web.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON for a {@code <script type="application/json">} block, which the page's script reads with {@code JSON.parse}.
 * Inside a script element the HTML parser ends the block at the first {@code </script}, and U+2028/U+2029 end a line
 * in older JavaScript, so {@code <}, {@code >}, {@code &}, {@code '} and those two are written as {@code \\uXXXX}
 * escapes: the JSON means the same and no report text can close the block.
 */
final class SafeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SafeJson() {}

    static String of(Object value) {
        try {
            return escape(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write page data as JSON", e);
        }
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            switch (ch) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
