package org.tumen.core.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON objects for tests, written as alternating names and string values. */
final class JsonNodeHelper {
    private JsonNodeHelper() {}

    static ObjectNode object(String... namesAndValues) {
        ObjectNode out = ScorePy.JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put(namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }
}
