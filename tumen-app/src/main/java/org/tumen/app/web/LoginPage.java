package org.tumen.app.web;

/** The one page the server shows without a token: a form that sets the token cookie. */
final class LoginPage {
    private LoginPage() {}

    static String form(String problem) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Tumen: log in</title></head>
                <body><main><h1>Tumen</h1>%s
                <form method="post" action="/login">
                <label>Token <input type="password" name="token" autocomplete="current-password" required></label>
                <button type="submit">Log in</button>
                </form></main></body></html>
                """.formatted(problem == null ? "" : "<p role=\"alert\">" + problem + "</p>");
    }
}
