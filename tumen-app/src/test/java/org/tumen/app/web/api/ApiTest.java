package org.tumen.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.web.FakeExtractor;
import org.tumen.app.web.TestServer;
import org.tumen.app.web.Tokens;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;

/**
 * Every endpoint of the API on a real server over a store seeded through {@code POST /api/reports}: what it answers,
 * and the 4xx with a message that bad input gets. No models load: reports are extracted by {@link FakeExtractor}.
 */
class ApiTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start_a_server_and_ingest_three_reports() {
        server = TestServer.start(dir.resolve("data"), "127.0.0.1", Tokens.none());
        var seeded = server.send("POST", "/api/reports", "application/x-ndjson", TestServer.SEED);
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- events ----

    @Test
    void events_are_the_json_objects_the_cli_writes() {
        JsonNode events = ok(server.get("/api/events"));

        List<String> cli = new ArrayList<>();
        for (EventView e : server.context.store().events(EventQuery.all()))
            cli.add(e.toJson().toString());
        List<String> api = new ArrayList<>();
        events.forEach(e -> api.add(e.toString()));
        assertThat(api).hasSizeGreaterThanOrEqualTo(3).isEqualTo(cli);
    }

    @Test
    void events_are_filtered_as_the_cli_filters_them() {
        assertThat(ok(server.get("/api/events?type=crossing")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("type").asText()).isEqualTo("CROSSING"));
        assertThat(ok(server.get("/api/events?type=TRANSFER&party=PRK&since=2022-11-01&until=2022-11-30&limit=5")))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("TRANSFER"));
        JsonNode all = ok(server.get("/api/events?min-likelihood=0"));
        JsonNode rest = ok(server.get("/api/events?min-likelihood=0&offset=1"));
        assertThat(rest).hasSize(all.size() - 1);
        assertThat(rest.get(0)).isEqualTo(all.get(1));
    }

    @Test
    void malformed_event_filters_are_400_naming_the_parameter() {
        assertError(server.get("/api/events?since=yesterday"), 400, "since: 'yesterday' is not a date");
        assertError(server.get("/api/events?until=2022-13-01"), 400, "until");
        assertError(server.get("/api/events?min-likelihood=likely"), 400, "min-likelihood");
        assertError(server.get("/api/events?limit=0"), 400, "limit: '0' is not a whole number from 1 to 1000");
        assertError(server.get("/api/events?type=SMUGGLING"), 400, "unknown event type SMUGGLING");
        assertError(server.get("/api/events?since=2022-12-01&until=2022-11-01"), 400, "is before since");
    }

    @Test
    void an_event_is_shown_in_full_with_its_claims_and_an_unknown_one_is_404() {
        String id = firstEventId("CROSSING");

        JsonNode detail = ok(server.get("/api/events/" + id));
        assertThat(detail.toString())
                .isEqualTo(
                        server.context.store().event(id).orElseThrow().toJson().toString());
        JsonNode claims = ok(server.get("/api/events/" + id + "/claims"));
        assertThat(claims.get("event").asText()).isEqualTo(id);
        assertThat(claims.get("claims_for"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("report").asText()).isEqualTo("yonhap"));
        assertError(server.get("/api/events/ev-nope"), 404, "no event with id ev-nope");
        assertError(server.get("/api/events/ev-nope/claims"), 404, "no event with id ev-nope");
    }

    @Test
    void events_export_in_each_format_and_an_unknown_format_is_400() {
        HttpResponse<String> csv = server.get("/api/export?format=csv&type=TRANSFER");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"tumen-events.csv\"");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        for (String format : List.of("stix", "ftm", "geojson"))
            assertThat(server.get("/api/export?format=" + format).statusCode()).isEqualTo(200);
        assertError(server.get("/api/export?format=pdf"), 400, "unknown export format 'pdf'");
        assertError(server.get("/api/export"), 400, "'format' is required");
    }

    // ---- reports ----

    @Test
    void a_text_is_ingested_with_its_id_title_and_date_and_again_is_unchanged() {
        String text = "Russia sent 30 Orlov Trotter horses to North Korea, a second outlet said.";
        String path = "/api/reports?id=second&title=Again&outlet=KCNA&date=2022-11-07";

        JsonNode first = ok(server.send("POST", path, "text/plain; charset=utf-8", text));
        JsonNode again = ok(server.send("POST", path, "text/plain", text));

        JsonNode report = first.get("reports").get(0);
        assertThat(first.get("stored").asInt()).isEqualTo(1);
        assertThat(report.get("id").asText()).isEqualTo("second");
        assertThat(report.get("status").asText()).isEqualTo("stored");
        assertThat(report.get("events")).hasSize(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        JsonNode stored = ok(server.get("/api/reports/second"));
        assertThat(stored.get("title").asText()).isEqualTo("Again");
        assertThat(stored.get("published").asText()).isEqualTo("2022-11-07");
        assertThat(stored.get("provenance").get("model_versions").asText()).isEqualTo("fake extractor (tests)");
        assertThat(ok(server.get("/api/search?q=outlet")).get("hits").toString())
                .contains("second");
    }

    @Test
    void jsonl_with_some_bad_lines_is_207_naming_each_bad_line() {
        String jsonl = """
                {"id":"good-one","text":"Nothing happened at the border today."}
                not json
                {"id":"no-text"}
                {"id":"fails","text":"%s"}
                """.formatted(FakeExtractor.FAIL);

        HttpResponse<String> response = server.send("POST", "/api/reports", "application/x-ndjson", jsonl);

        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode body = json(response);
        assertThat(body.get("stored").asInt()).isEqualTo(1);
        assertThat(body.get("failed").asInt()).isEqualTo(3);
        assertThat(body.get("errors").findValuesAsText("item")).containsExactly("body:2", "body:3", "body:4");
        assertThat(body.get("errors").toString())
                .contains("not valid JSON", "missing or blank \\\"text\\\"", "extraction failed");
    }

    @Test
    void input_with_nothing_to_ingest_is_400_and_each_problem_is_named() {
        JsonNode empty =
                assertError(server.send("POST", "/api/reports", "text/plain", "  "), 400, "nothing was ingested");
        assertThat(empty.get("errors").get(0).get("error").asText()).contains("empty");
        assertError(server.send("POST", "/api/reports", "application/x-ndjson", "[1]\n"), 400, "not a JSON object");
        assertError(server.send("POST", "/api/reports?date=soon", "text/plain", "x"), 400, "date: 'soon'");
    }

    @Test
    void a_body_of_another_type_is_415_and_one_too_large_is_413() {
        assertError(
                server.send("POST", "/api/reports", "application/pdf", "%PDF"), 415, "application/pdf is not accepted");
        assertError(server.send("POST", "/api/reports", null, "text"), 415, "no Content-Type");
        String big = "a".repeat(5 * 1024 * 1024 + 1);
        assertError(server.send("POST", "/api/reports", "text/plain", big), 413, "over the limit");
        String huge = "a".repeat(33 * 1024 * 1024);
        assertThat(server.send("POST", "/api/reports", "text/plain", huge).statusCode())
                .isEqualTo(413);
    }

    @Test
    void uploaded_files_are_read_as_text_files_and_jsonl_files() {
        String boundary = "tumen-boundary";
        String body = part(boundary, "closure.txt", "date 2020-03-01\nThe bridge was quiet.")
                + part(boundary, "two.jsonl", "{\"id\":\"upload-a\",\"text\":\"Quiet day.\"}\n")
                + "--" + boundary + "--\r\n";

        JsonNode result = ok(server.send("POST", "/api/reports", "multipart/form-data; boundary=" + boundary, body));

        assertThat(result.get("reports").findValuesAsText("id")).containsExactly("closure", "upload-a");
        assertThat(result.get("reports").findValuesAsText("item")).containsExactly("closure.txt", "two.jsonl:1");
        assertThat(ok(server.get("/api/reports/closure")).get("published").asText())
                .isEqualTo("2020-03-01");
        String noFiles =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--" + boundary + "--\r\n";
        assertError(
                server.send("POST", "/api/reports", "multipart/form-data; boundary=" + boundary, noFiles),
                400,
                "the form has no files");
    }

    @Test
    void a_report_is_read_back_by_record_id_or_hash_and_an_unknown_one_is_404() {
        JsonNode byId = ok(server.get("/api/reports/orlov"));
        assertThat(byId.get("text").asText()).startsWith("Russia sent 30");
        assertThat(ok(server.get("/api/reports/" + byId.get("id").asText()))
                        .get("record_id")
                        .asText())
                .isEqualTo("orlov");
        assertError(server.get("/api/reports/nope"), 404, "no report with id nope");
    }

    // ---- entities, sources, search, screening ----

    @Test
    void entities_carry_their_screening_matches_and_bad_filters_are_400() {
        JsonNode listed = ok(server.get("/api/entities?listed=true&kind=organization"));
        assertThat(listed).isNotEmpty();
        assertThat(listed.get(0).get("name").asText()).isEqualTo("KOMID");
        assertThat(listed.get(0).get("matches")).isNotEmpty();
        assertError(server.get("/api/entities?listed=perhaps"), 400, "listed: 'perhaps' is not true or false");
        assertError(server.get("/api/entities?limit=-1"), 400, "limit");
    }

    @Test
    void sources_carry_their_reliability() {
        JsonNode sources = ok(server.get("/api/sources"));
        assertThat(sources.findValuesAsText("name")).contains("Yonhap");
        assertError(server.get("/api/sources/extra"), 404, "not found");
    }

    @Test
    void search_finds_reports_and_events_and_a_malformed_query_is_400() {
        JsonNode found = ok(server.get("/api/search?q=Tumangang"));
        assertThat(found.get("total").asLong()).isPositive();
        assertThat(found.get("hits").findValuesAsText("kind")).contains("report");
        assertThat(found.get("hits").get(0).get("snippet").asText()).contains("<mark>");
        assertError(server.get("/api/search"), 400, "'q' is required");
        assertError(server.get("/api/search?q=type:(TRANSFER"), 400, "");
        assertError(server.get("/api/search?q=x&limit=5000"), 400, "limit");
    }

    @Test
    void a_revised_report_is_still_found_and_its_hit_names_the_revision_that_replaced_it() {
        String jsonl = """
                {"id":"wire-zx81","text":"Barges were seen at the Zhuxi pier on Monday."}
                {"id":"wire-zx81-r2","text":"Barges were seen at the Zhuxi pier on Tuesday."}
                """;
        ok(server.send("POST", "/api/reports", "application/x-ndjson", jsonl));

        JsonNode hits = ok(server.get("/api/search?q=Zhuxi")).get("hits");
        JsonNode old = find(hits, "wire-zx81");
        JsonNode revised = find(hits, "wire-zx81-r2");

        String r2 = server.context.store().report("wire-zx81-r2").orElseThrow().id();
        assertThat(old.get("superseded_by").asText()).isEqualTo(r2);
        assertThat(revised.has("superseded_by")).isFalse();
        assertThat(server.get("/search?q=Zhuxi").body()).containsOnlyOnce("replaced by a later revision");
    }

    private static JsonNode find(JsonNode hits, String id) {
        for (JsonNode h : hits) if (h.get("id").asText().equals(id)) return h;
        throw new AssertionError("no hit " + id + " in " + hits);
    }

    @Test
    void a_name_is_screened_against_the_lists_and_a_bad_type_is_400() {
        JsonNode matches = ok(server.get("/api/screen?name=KOMID&type=entity"));
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).get("match").asBoolean()).isTrue();
        assertError(server.get("/api/screen"), 400, "'name' is required");
        assertError(server.get("/api/screen?name=KOMID&type=dragon"), 400, "unknown party type: dragon");
    }

    // ---- places ----

    @Test
    void places_are_listed_and_a_place_has_its_activity_by_week_or_month() {
        assertThat(ok(server.get("/api/places")).findValuesAsText("id")).isNotEmpty();
        JsonNode weeks = ok(server.get("/api/places/Tumangang"));
        assertThat(weeks.get("weeks")).isNotEmpty();
        assertThat(weeks.get("sightings")).isNotEmpty();
        assertThat(ok(server.get("/api/places/Tumangang?by=month&gap-months=3")).has("months"))
                .isTrue();
        assertError(server.get("/api/places/Tumangang?by=year"), 400, "by is week or month");
        assertError(server.get("/api/places/Tumangang?gap-months=0"), 400, "gap-months");
        assertError(server.get("/api/places/Atlantis"), 404, "no place named Atlantis");
    }

    // ---- watchlists and alerts ----

    @Test
    void a_watchlist_is_added_listed_and_removed_once() {
        String body = "{\"name\":\"prk-arms\",\"party\":\"PRK\",\"goods\":\"93\",\"type\":\"transfer\"}";

        HttpResponse<String> added = server.send("POST", "/api/watchlists", "application/json", body);

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).get("type").asText()).isEqualTo("TRANSFER");
        assertThat(ok(server.get("/api/watchlists")).findValuesAsText("name")).contains("prk-arms");
        assertError(server.send("POST", "/api/watchlists", "application/json", body), 409, "exists");
        assertThat(server.send("DELETE", "/api/watchlists/prk-arms", null, "").statusCode())
                .isEqualTo(204);
        assertError(server.send("DELETE", "/api/watchlists/prk-arms", null, ""), 404, "no watch named prk-arms");
    }

    @Test
    void a_bad_watchlist_is_400_or_415_with_the_reason() {
        assertError(
                server.send("POST", "/api/watchlists", "application/json", "{\"name\":\"a b\"}"), 400, "watch name");
        assertError(
                server.send("POST", "/api/watchlists", "application/json", "{\"name\":\"x\",\"goods\":\"ab\"}"),
                400,
                "HS prefix");
        assertError(server.send("POST", "/api/watchlists", "application/json", "{oops"), 400, "not valid JSON");
        assertError(server.send("POST", "/api/watchlists", "application/json", "[]"), 400, "a JSON object");
        assertError(server.send("POST", "/api/watchlists", "text/plain", "x"), 415, "send application/json");
    }

    @Test
    void alerts_are_raised_for_a_watch_at_the_next_ingest_and_given_as_json_or_atom() {
        ok(server.send("POST", "/api/watchlists", "application/json", "{\"name\":\"horses\",\"goods\":\"0101\"}"));
        ok(server.send(
                "POST",
                "/api/reports?id=third&date=2022-11-08",
                "text/plain",
                "Moscow sent 30 Orlov Trotter horses to Pyongyang, a third outlet said."));

        JsonNode alerts = ok(server.get("/api/alerts?since=2000-01-01"));
        assertThat(alerts.findValuesAsText("watch")).contains("horses");
        HttpResponse<String> feed = server.get("/api/alerts/feed");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<feed", "horses");
        assertError(server.get("/api/alerts?since=yesterday"), 400, "since: 'yesterday' is neither a date");
        assertError(server.get("/api/alerts/feed?limit=x"), 400, "limit");
    }

    // ---- the server itself ----

    @Test
    void health_stats_and_the_openapi_document_answer() {
        assertThat(ok(server.get("/api/health")).get("status").asText()).isEqualTo("ok");
        assertThat(ok(server.get("/api/stats")).get("reports").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(ok(server.get("/api/openapi.json")).get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void an_unknown_route_is_a_json_404_and_a_wrong_method_a_json_405() {
        assertError(server.get("/api/nothing-here"), 404, "GET /api/nothing-here not found");
        assertError(server.send("PUT", "/api/events", "application/json", "{}"), 405, "");
    }

    // ---- helpers ----

    private static String firstEventId(String type) {
        return ok(server.get("/api/events?type=" + type)).get(0).get("id").asText();
    }

    private static String part(String boundary, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json(response);
    }

    /** The answer is a JSON error with this status and a message containing {@code text}; never a stack trace. */
    static JsonNode assertError(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank().contains(text).doesNotContain("\tat ", "Exception");
        return body;
    }
}
