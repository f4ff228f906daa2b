package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.cli.StoreOptions;
import org.tumen.app.web.WebContext;
import org.tumen.app.web.WebServer;

/** Every page over an empty store, without the language models: status, headers and the libraries served. */
class UiRoutesTest {
    @TempDir
    static Path data;

    static WebContext context;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        StoreOptions options = new StoreOptions();
        options.data = data;
        context = WebContext.open(options);
        server = WebServer.start(context, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        context.close();
    }

    @Test
    void every_page_answers_over_an_empty_store_with_a_strict_policy() throws Exception {
        for (String path : new String[] {
            "/",
            "/timeline",
            "/map",
            "/entities",
            "/places",
            "/places/Tumangang",
            "/watch",
            "/ingest",
            "/search",
            "/search?q=horses"
        }) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(UiRoutes.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.body())
                    .as(path)
                    .doesNotContain("<script>")
                    .doesNotContain("http://")
                    .doesNotContain("https://");
        }
    }

    @Test
    void unknown_things_are_404_pages_and_a_bad_query_is_400() throws Exception {
        assertThat(get("/events/nope").statusCode()).isEqualTo(404);
        assertThat(get("/reports/nope").statusCode()).isEqualTo(404);
        assertThat(get("/entities/12345").statusCode()).isEqualTo(404);
        assertThat(get("/places/nowhere-at-all").statusCode()).isEqualTo(404);
        assertThat(get("/search?q=%22unclosed").statusCode()).isEqualTo(400);
        assertThat(get("/timeline?since=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void a_browser_gets_a_failure_as_a_page_with_the_message_escaped_and_others_as_text() throws Exception {
        HttpResponse<String> page = get("/timeline?since=%3Cscript%3Ealert(1)%3C/script%3E", "text/html,*/*;q=0.8");
        HttpResponse<String> text = get("/timeline?since=yesterday");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<h1>Bad request</h1>", "since", "&lt;script&gt;", "Back to the dashboard")
                .doesNotContain("<script>alert");
        assertThat(text.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(text.body()).contains("yesterday").doesNotContain("<html");
    }

    @Test
    void the_libraries_and_shapes_come_from_this_server() throws Exception {
        for (String path : new String[] {
            "/webjars/visjs/4.21.0/vis-timeline-graph2d.min.js",
            "/webjars/leaflet/1.9.4/dist/leaflet.js",
            "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
            "/webjars/d3/7.9.0/dist/d3.min.js",
            "/static/geo/countries-110m.geojson",
            "/static/js/map.js"
        }) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_form_posted_from_another_site_is_refused() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/watch"))
                .header("Origin", "https://elsewhere.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .build();
        assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(UiRoutes.sameOrigin("http://127.0.0.1:7070", "127.0.0.1:7070"))
                .isTrue();
        assertThat(UiRoutes.sameOrigin(null, "127.0.0.1:7070")).isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, "*/*");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
