package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.cli.Cli.Run;
import org.tumen.app.follow.Webhook;

/**
 * {@code tumen follow} against a feed and a webhook receiver served on 127.0.0.1: a malformed item, a duplicate item,
 * a receiver that fails twice then accepts. Nothing lost, nothing doubled, across restarts.
 */
class FollowIT {
    private static final String SECRET = "s3cret";
    private static final Path WIRE = Path.of("../tumen-core/src/test/resources/fuse/wire-horse-train.txt");
    private static final Path REPOST = Path.of("../tumen-core/src/test/resources/fuse/repost-horse-train.txt");

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(2);
    /** every POST the receiver saw, by alert id, and the ones it accepted */
    private final List<String> posted = Collections.synchronizedList(new ArrayList<>());

    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", x -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/hook", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            String id = x.getRequestHeaders().getFirst(Webhook.ID_HEADER);
            String signature = x.getRequestHeaders().getFirst(Webhook.SIGNATURE_HEADER);
            if (!("sha256=" + Webhook.sign(SECRET, body)).equals(signature)) badSignatures.add(id);
            posted.add(id);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            if (status == 200) accepted.add(id);
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String item(String guid, String text) {
        return "<item><guid>" + guid + "</guid><title>" + guid + "</title><pubDate>Thu, 03 Nov 2022 08:00:00 GMT"
                + "</pubDate><description><![CDATA[" + text + "]]></description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" + String.join("", items)
                + "</channel></rss>";
    }

    private static String body(Path p) throws IOException {
        return Files.readString(p).replaceFirst("^date \\S+ ", "");
    }

    private Run follow() {
        return tumen(
                "follow",
                "--data",
                dir,
                url("/feed.xml"),
                "--once",
                "--webhook",
                url("/hook"),
                "--secret",
                SECRET,
                "--retry-wait-ms",
                "20");
    }

    private Set<String> alertIds() {
        return tumen("alerts", "--data", dir, "--json").succeeded().jsonLines().stream()
                .map(n -> n.get("id").asText())
                .collect(Collectors.toSet());
    }

    @Test
    void a_bad_item_a_duplicate_and_a_failing_receiver_lose_nothing_and_double_nothing() throws IOException {
        tumen("watch", "add", "all", "--data", dir).succeeded();
        String wire = item("wire-1", body(WIRE));
        feed.set(rss(wire, item("empty-1", ""), wire, item("wire-copy", body(WIRE))));

        Run first = follow().succeeded();

        assertThat(first.err()).contains("item empty-1: the item has no text; skipped");
        assertThat(first.out()).contains("follow: 1 ingested, 1 unchanged, 1 seen before, 1 malformed, 0 failed");
        Set<String> raised = alertIds();
        assertThat(raised).isNotEmpty();
        assertThat(accepted).containsExactlyInAnyOrderElementsOf(raised);
        assertThat(posted).hasSize(raised.size() + 2);
        assertThat(badSignatures).isEmpty();

        // a restart: the same feed, nothing new to read or to send, and the bad item is not reported again
        Run again = follow().succeeded();
        assertThat(again.out()).contains("follow: 0 ingested, 0 unchanged, 4 seen before, 0 malformed");
        assertThat(again.err()).doesNotContain("empty-1");
        assertThat(posted).hasSize(raised.size() + 2);

        // a new item: only its alerts are sent
        feed.set(rss(wire, item("repost-1", body(REPOST)), item("empty-1", "")));
        follow().succeeded();
        Set<String> now = alertIds();
        assertThat(accepted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(now);
    }

    @Test
    void a_folder_is_followed_like_a_feed_and_a_new_file_is_read_once() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(WIRE, inbox.resolve("wire.txt"));
        Files.write(inbox.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

        Run first =
                tumen("follow", "--data", dir.resolve("db"), inbox, "--once").succeeded();
        Files.copy(REPOST, inbox.resolve("repost.txt"));
        Run second =
                tumen("follow", "--data", dir.resolve("db"), inbox, "--once").succeeded();

        assertThat(first.out()).contains("1 ingested").contains("1 malformed");
        assertThat(second.out()).contains("1 ingested, 0 unchanged, 2 seen before, 0 malformed");
        // what follow stores is searchable at once, as after an ingest: the report and its events
        var hits = tumen("search", "--data", dir.resolve("db"), "Orlov", "--json")
                .succeeded()
                .jsonLines();
        assertThat(hits).extracting(n -> n.get("kind").asText()).contains("report", "event");
    }
}
