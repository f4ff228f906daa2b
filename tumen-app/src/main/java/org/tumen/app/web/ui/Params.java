package org.tumen.app.web.ui;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/** Query and form parameters: blank means absent, and a malformed date is a 400 naming it. */
final class Params {
    private Params() {}

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Passes the date to {@code into} when given; returns it as text for the form to show again. */
    static String date(Context ctx, String name, Consumer<LocalDate> into) {
        String v = text(ctx, name);
        if (v != null) into.accept(parse(name, v));
        return v;
    }

    static LocalDate parse(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " is not a date (YYYY-MM-DD): " + v);
        }
    }
}
