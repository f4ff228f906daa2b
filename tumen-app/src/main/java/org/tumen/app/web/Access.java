package org.tumen.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what. Off loopback every request needs a token: {@code Authorization: Bearer TOKEN}, or, for a browser,
 * the {@value #COOKIE} cookie, which {@code /login} (a form) or any page opened with {@code ?token=TOKEN} sets. On
 * loopback a token is optional and no token means analyst; a token given there must still be valid. Reading
 * methods need {@link Role#READ}, the others {@link Role#ANALYST}: 401 for a missing or unknown token, 403 for a
 * token whose role is not enough. Static assets and the login page are open.
 */
public final class Access {
    public static final String COOKIE = "tumen_token";

    /** Paths served to anyone: the browser needs them to show the login page. */
    static final List<String> OPEN_PREFIXES = List.of("/login", "/webjars/", "/static/", "/assets/", "/favicon.ico");

    private final Tokens tokens;
    private final boolean required;

    private Access(Tokens tokens, boolean required) {
        this.tokens = tokens;
        this.required = required;
    }

    /** Checks every request; {@code required} when the server listens off loopback. */
    static void register(JavalinConfig cfg, Tokens tokens, boolean required) {
        Access access = new Access(tokens, required);
        cfg.routes.before(access::check);
        cfg.routes.get("/login", ctx -> ctx.html(LoginPage.form(null)));
        cfg.routes.post("/login", access::login);
    }

    private void check(Context ctx) {
        if (isOpen(ctx.path())) return;
        String method = ctx.method().name();
        Optional<String> token = token(ctx);
        if (token.isEmpty()) {
            if (required) throw new UnauthorizedResponse(askFor(ctx));
            return;
        }
        Role role = tokens.role(token.get()).orElseThrow(() -> new UnauthorizedResponse("the token is not valid"));
        Role needed = Role.neededFor(method);
        if (!role.allows(needed))
            throw new ForbiddenResponse("a " + role.name().toLowerCase() + " token may not " + method + " " + ctx.path()
                    + "; that needs an analyst token");
        if (ctx.queryParam("token") != null && !ctx.path().startsWith("/api/")) remember(ctx, token.get());
    }

    private static String askFor(Context ctx) {
        return ctx.path().startsWith("/api/")
                ? "this server needs a token: send 'Authorization: Bearer TOKEN'"
                : "this server needs a token: log in at /login";
    }

    /** A bearer token, else the cookie, else (pages only, to set the cookie) a {@code token} query parameter. */
    private static Optional<String> token(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7))
            return Optional.of(auth.substring(7).strip());
        if (ctx.cookie(COOKIE) != null) return Optional.of(ctx.cookie(COOKIE));
        if (!ctx.path().startsWith("/api/")) return Optional.ofNullable(ctx.queryParam("token"));
        return Optional.empty();
    }

    /**
     * A page opened with {@code ?token=}: the token goes into the cookie and out of the address bar, the rest of the
     * query (a search, a filter) stays.
     */
    private static void remember(Context ctx, String token) {
        ctx.cookie(cookie(token));
        ctx.redirect(withoutToken(ctx.path(), ctx.queryString()), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    /** The path and its query string without its {@code token} parameters, each other parameter as it was written. */
    static String withoutToken(String path, String query) {
        if (query == null || query.isEmpty()) return path;
        String rest = java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.equals("token") && !p.startsWith("token="))
                .collect(java.util.stream.Collectors.joining("&"));
        return rest.isEmpty() ? path : path + "?" + rest;
    }

    private void login(Context ctx) {
        String token = ctx.formParam("token");
        if (token == null || tokens.role(token.strip()).isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED).html(LoginPage.form("That token is not valid."));
            return;
        }
        ctx.cookie(cookie(token.strip()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private static Cookie cookie(String token) {
        return new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT);
    }

    static boolean isOpen(String path) {
        return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
