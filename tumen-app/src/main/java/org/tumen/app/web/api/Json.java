package org.tumen.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.function.Function;
import org.tumen.core.json.ExtractionJson;

/** Lists of views as JSON arrays, each element as the CLI's {@code --json} writes it. */
final class Json {
    private Json() {}

    static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> json) {
        ArrayNode arr = ExtractionJson.MAPPER.createArrayNode();
        for (T item : items) arr.add(json.apply(item));
        return arr;
    }
}
