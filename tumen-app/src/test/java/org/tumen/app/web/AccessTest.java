package org.tumen.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tumen.app.web.TestServer.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.cli.StoreOptions;
import org.tumen.app.web.api.ApiRoutes;

/**
 * Who may do what. Auth is decided by the address the server binds: this server binds 0.0.0.0, so it is off loopback
 * and every request needs a token, though the test talks to it on 127.0.0.1.
 */
class AccessTest {
    static final String READ = "read-token-0123456789";
    static final String ANALYST = "analyst-token-0123456789";
    static final Tokens TOKENS = Tokens.parse(List.of(READ + " read", ANALYST + " analyst"), "test");

    @TempDir
    static Path dir;

    static TestServer open;

    @BeforeAll
    static void start_a_server_off_loopback() {
        open = TestServer.start(dir.resolve("open"), "0.0.0.0", TOKENS);
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    @Test
    void every_api_route_refuses_a_request_without_a_token_off_loopback() {
        for (ApiRoutes.Route route : ApiRoutes.routes(open.context)) {
            String path = route.path().replaceAll("\\{[^}]+}", "x");
            HttpResponse<String> response = open.send(route.method(), path, "application/json", "{}");
            assertThat(response.statusCode()).as(route.method() + " " + path).isEqualTo(401);
            assertThat(json(response).get("error").asText()).contains("needs a token", "Authorization: Bearer");
        }
    }

    @Test
    void pages_refuse_a_browser_without_a_token_and_point_it_to_the_login() {
        HttpResponse<String> page = open.get("/");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("/login");
        HttpResponse<String> browser = open.get("/events", "Accept", "text/html");
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.body()).contains("<h1>Log in needed</h1>", "<a href=\"/login\">Log in with a token</a>");
        assertThat(open.get("/", "Cookie", Access.COOKIE + "=" + READ).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_read_token_reads_but_may_not_write() {
        assertThat(open.get("/api/events", "Authorization", "Bearer " + READ).statusCode())
                .isEqualTo(200);
        HttpResponse<String> post =
                open.send("POST", "/api/reports", "text/plain", "text", "Authorization", "Bearer " + READ);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(json(post).get("error").asText()).contains("a read token may not POST /api/reports");
        HttpResponse<String> delete =
                open.send("DELETE", "/api/watchlists/x", null, "", "Authorization", "Bearer " + READ);
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void an_analyst_token_writes() {
        HttpResponse<String> added = open.send(
                "POST",
                "/api/watchlists",
                "application/json",
                "{\"name\":\"by-analyst\"}",
                "Authorization",
                "Bearer " + ANALYST);
        assertThat(added.statusCode()).isEqualTo(201);
    }

    @Test
    void an_unknown_token_is_401_whether_sent_as_bearer_or_cookie() {
        HttpResponse<String> bearer = open.get("/api/events", "Authorization", "Bearer not-a-token-at-all");
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(json(bearer).get("error").asText()).isEqualTo("the token is not valid");
        assertThat(open.get("/api/events", "Cookie", Access.COOKIE + "=wrong").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_page_opened_with_a_token_keeps_the_rest_of_its_query() {
        HttpResponse<String> response = open.get("/search?q=Orlov+horses&token=" + READ + "&page=2");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/search?q=Orlov+horses&page=2");
        assertThat(Access.withoutToken("/events", "token=x")).isEqualTo("/events");
        assertThat(Access.withoutToken("/events", "type=TRANSFER&token")).isEqualTo("/events?type=TRANSFER");
        assertThat(Access.withoutToken("/events", "tokens=1")).isEqualTo("/events?tokens=1");
    }

    @Test
    void a_page_opened_with_a_token_sets_the_cookie_and_drops_the_token_from_the_address() {
        HttpResponse<String> response = open.get("/?token=" + READ);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        assertThat(response.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).contains(Access.COOKIE + "=" + READ, "HttpOnly", "SameSite=Strict"));
        assertThat(open.get("/api/events?token=" + READ).statusCode()).isEqualTo(401);
    }

    @Test
    void the_login_form_is_open_and_sets_the_cookie_for_a_valid_token_only() {
        assertThat(open.get("/login").body()).contains("<form method=\"post\" action=\"/login\"");
        String form = "application/x-www-form-urlencoded";
        HttpResponse<String> good = open.send("POST", "/login", form, "token=" + ANALYST);
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(good.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains(Access.COOKIE + "=" + ANALYST));
        HttpResponse<String> bad = open.send("POST", "/login", form, "token=guess");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("not valid");
    }

    @Test
    void static_assets_are_served_without_a_token() {
        assertThat(open.get("/webjars/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void on_loopback_a_token_is_optional_but_a_given_one_must_be_valid_and_strong_enough() {
        try (TestServer loopback = TestServer.start(dir.resolve("loopback"), "127.0.0.1", TOKENS)) {
            assertThat(loopback.get("/api/events").statusCode()).isEqualTo(200);
            assertThat(loopback.get("/api/events", "Authorization", "Bearer nope")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(loopback.send("POST", "/api/reports", "text/plain", "x", "Authorization", "Bearer " + READ)
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void a_server_off_loopback_without_tokens_refuses_to_start() {
        StoreOptions options = new StoreOptions();
        options.data = dir.resolve("refused");
        try (WebContext context = WebContext.open(options, new FakeExtractor())) {
            assertThatThrownBy(() -> WebServer.start(context, "0.0.0.0", 0, Tokens.none()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refusing to serve on 0.0.0.0 without tokens")
                    .hasMessageContaining("--token-file");
        }
    }
}
