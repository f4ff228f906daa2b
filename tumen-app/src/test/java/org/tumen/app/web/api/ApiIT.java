package org.tumen.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.web.api.ApiTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.tumen.core.json.ExtractionJson;

/**
 * {@code POST /api/reports} with the real pipeline (loads CoreNLP, once for the class): the seed report sent as text
 * is extracted, stored, indexed and then found by every reading endpoint.
 */
class ApiIT {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");

    @TempDir
    static Path dir;

    static WebContext context;
    static WebServer server;
    static JsonNode ingested;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve_and_post_the_seed_report() throws Exception {
        StoreOptions options = new StoreOptions();
        options.data = dir;
        context = WebContext.open(options);
        server = WebServer.start(context, "127.0.0.1", 0);
        HttpResponse<String> posted = HTTP.send(
                HttpRequest.newBuilder(uri("/api/reports?id=orlov-trotters&title=Horses"))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofFile(SEED))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        ingested = ok(posted);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (context != null) context.close();
    }

    @Test
    void the_posted_report_is_stored_with_the_events_the_pipeline_read() {
        JsonNode report = ingested.get("reports").get(0);
        assertThat(ingested.get("stored").asInt()).isEqualTo(1);
        assertThat(report.get("event_mentions").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode stored = get("/api/reports/orlov-trotters");
        assertThat(stored.get("published").asText()).isEqualTo("2022-11-06");
        assertThat(stored.get("provenance").get("model_versions").asText()).contains("CoreNLP");
        assertThat(stored.get("text").asText()).startsWith("The Orlov Trotter is Russia");
    }

    @Test
    void its_events_are_listed_shown_searchable_and_placed() {
        JsonNode events = get("/api/events?type=TRANSFER&party=PRK");
        assertThat(events).isNotEmpty();
        String id = events.get(0).get("id").asText();
        assertThat(ingested.get("reports").get(0).get("events").toString()).contains(id);
        assertThat(get("/api/events/" + id).get("claims_for")).isNotEmpty();
        assertThat(get("/api/search?q=Orlov").get("hits").findValuesAsText("kind"))
                .contains("report", "event");
        assertThat(get("/api/places/Tumangang").get("signals").findValuesAsText("kind"))
                .contains("resumption");
    }

    private static JsonNode get(String path) {
        try {
            HttpResponse<String> r =
                    HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return ExtractionJson.MAPPER.readTree(r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static java.net.URI uri(String path) {
        return java.net.URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
