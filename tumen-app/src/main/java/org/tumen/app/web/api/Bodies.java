package org.tumen.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.tumen.core.json.ExtractionJson;

/** Request bodies: their media type checked (415 otherwise) and JSON parsed (400 with the parser's word). */
final class Bodies {
    private Bodies() {}

    /** The request's media type without parameters, lower case; empty when none was sent. */
    static String mediaType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) return "";
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static HttpResponseException unsupported(Context ctx, String accepted) {
        String got = mediaType(ctx).isEmpty() ? "no Content-Type" : "Content-Type " + mediaType(ctx);
        return new HttpResponseException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), got + " is not accepted here; send " + accepted);
    }

    static JsonNode jsonObject(Context ctx) {
        if (!mediaType(ctx).equals("application/json")) throw unsupported(ctx, "application/json");
        JsonNode node;
        try {
            node = ExtractionJson.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new BadRequestResponse("the body cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw new BadRequestResponse("the body must be a JSON object");
        return node;
    }
}
