package org.tumen.app.web.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read with a 400 that names the parameter and says what was expected. */
final class Params {
    private Params() {}

    /** The parameter, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) throw new BadRequestResponse("the query parameter '" + name + "' is required");
        return v;
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + ": '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Double probability(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            double p = Double.parseDouble(v);
            if (p >= 0 && p <= 1) return p;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequestResponse(name + ": '" + v + "' is not a probability from 0 to 1");
    }

    /** A whole number in {@code min..max}, or {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequestResponse(name + ": '" + v + "' is not a whole number from " + min + " to " + max);
    }

    static boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return false;
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestResponse(name + ": '" + v + "' is not true or false");
        };
    }
}
