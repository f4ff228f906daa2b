package org.tumen.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tumen.app.cli.StoreOptions;
import org.tumen.core.json.ExtractionJson;

/**
 * A real server on a free port over a fresh store, extracting with {@link FakeExtractor}; requests always go to
 * 127.0.0.1, whatever address the server binds.
 */
public final class TestServer implements AutoCloseable {
    /** Three reports: the horses sent (a transfer), their train at Tumangang (a crossing), KOMID's shells. */
    public static final String SEED = """
            {"id":"orlov","date":"2022-11-06","outlet":"NK News","title":"Horses","text":"Russia sent 30 Orlov Trotter horses to North Korea by train."}
            {"id":"yonhap","date":"2022-11-04","outlet":"Yonhap","text":"A train carrying 30 horses from Russia crossed into North Korea at Tumangang on Wednesday."}
            {"id":"komid","date":"2022-11-20","outlet":"Daily NK","text":"KOMID is supplying artillery shells to Russia, a UN panel said."}
            """;

    public final WebContext context;
    private final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(WebContext context, WebServer server) {
        this.context = context;
        this.server = server;
    }

    public static TestServer start(Path dataDir, String bind, Tokens tokens) {
        StoreOptions options = new StoreOptions();
        options.data = dataDir;
        WebContext context = WebContext.open(options, new FakeExtractor());
        try {
            return new TestServer(context, WebServer.start(context, bind, 0, tokens));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public WebServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        var b = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b, headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) request.headers(headers);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ExtractionJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        context.close();
    }
}
