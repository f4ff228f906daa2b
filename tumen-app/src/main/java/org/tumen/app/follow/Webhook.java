package org.tumen.app.follow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tumen.store.PendingAlert;
import org.tumen.store.Store;

/**
 * Posts alerts to one webhook, oldest first, each as a JSON object signed with HMAC-SHA256 over the exact body
 * ({@code X-Tumen-Signature: sha256=<hex>}) and named by its stable id ({@code X-Tumen-Alert-Id}).
 *
 * <p>Once: an alert is marked delivered in the store right after a 2xx and never offered again. A crash between the
 * 2xx and that mark sends it once more after a restart, with the same id, so a receiver that keeps the ids it has
 * seen can drop it; a sender cannot do better without the receiver's help. Failed attempts are counted in the store,
 * and the wait between attempts doubles, from {@code firstBackoff} up to {@code maxBackoff}. After
 * {@code attemptsPerRound} failures in a row the round ends, keeping order: later alerts wait for the next poll.
 */
public final class Webhook {
    public static final String SIGNATURE_HEADER = "X-Tumen-Signature";
    public static final String ID_HEADER = "X-Tumen-Alert-Id";

    /** Typed settings with defaults; tests shorten the waits. */
    public record Config(
            URI url,
            String secret,
            int attemptsPerRound,
            Duration firstBackoff,
            Duration maxBackoff,
            Duration timeout) {
        public Config {
            Objects.requireNonNull(url, "url");
            if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("a webhook needs --secret");
            if (!url.getScheme().equals("http") && !url.getScheme().equals("https"))
                throw new IllegalArgumentException("a webhook URL is http or https: " + url);
        }

        public static Config of(URI url, String secret) {
            return new Config(url, secret, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10));
        }

        public Config withBackoff(Duration first, Duration max) {
            return new Config(url, secret, attemptsPerRound, first, max, timeout);
        }
    }

    /** What one round did. */
    public record Round(int delivered, int failedAttempts, boolean gaveUp) {}

    private final Config config;
    private final HttpClient http;

    public Webhook(Config config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** Delivers what the store holds for this webhook; stops early when asked to. */
    public Round deliver(Store store, Stop stop) {
        int delivered = 0;
        int failures = 0;
        String url = config.url().toString();
        while (!stop.requested()) {
            List<PendingAlert> pending = store.undelivered(url, 100);
            if (pending.isEmpty()) break;
            for (PendingAlert p : pending) {
                int attempts = p.attempts();
                Duration wait = config.firstBackoff();
                boolean ok = false;
                for (int round = 0; round < config.attemptsPerRound() && !ok; round++) {
                    if (round > 0 && stop.sleep(wait)) return new Round(delivered, failures, false);
                    if (round > 0) wait = min(wait.multipliedBy(2), config.maxBackoff());
                    attempts++;
                    String error = post(p);
                    ok = error == null;
                    store.recordDelivery(url, p.seq(), attempts, error, ok);
                    if (!ok) failures++;
                }
                if (!ok) return new Round(delivered, failures, true);
                delivered++;
                if (stop.requested()) break;
            }
        }
        return new Round(delivered, failures, false);
    }

    /** Returns null on a 2xx, else what went wrong. */
    private String post(PendingAlert p) {
        byte[] body = p.alert().toJson().toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(ID_HEADER, p.alert().id())
                .header(SIGNATURE_HEADER, "sha256=" + sign(config.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** HMAC-SHA256 of {@code body} with {@code secret}, in lower-case hex: what a receiver recomputes to check. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
