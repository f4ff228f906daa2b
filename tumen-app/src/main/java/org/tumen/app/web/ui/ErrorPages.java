package org.tumen.app.web.ui;

import java.util.Map;

/**
 * A failure outside {@code /api} as a page in the layout, for a browser: the status in words, the message, and the way
 * on (the login form for a 401). The message is escaped like any other text on a page.
 */
public final class ErrorPages {
    private static final Templates TEMPLATES = new Templates();

    /** What the page shows. */
    public record Problem(int status, String title, String message) {}

    private ErrorPages() {}

    public static String html(int status, String message) {
        return TEMPLATES.render("problem.jte", Map.of("m", new Problem(status, title(status), message)));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Log in needed";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 503 -> "Store unavailable";
            default -> status >= 500 ? "Server error" : "Error " + status;
        };
    }
}
