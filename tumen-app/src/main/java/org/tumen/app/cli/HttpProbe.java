package org.tumen.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The client side of {@code bench web}: HTTP/1.1 requests over kept-alive connections, timed from just before the
 * request is sent. Time to first byte ends when the status line and headers have arrived ({@code ofInputStream}
 * returns then, before the body is read); the latency of the load run ends when the whole body has been read.
 */
final class HttpProbe implements AutoCloseable {
    private final URI base;
    private final HttpClient http;
    private final ExecutorService clientThreads;

    HttpProbe(URI base, int clients) {
        this.base = base;
        this.clientThreads = Executors.newFixedThreadPool(Math.max(2, clients));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** One request's outcome: status (0 for an exception), time to first byte and to the last byte, in ns. */
    record Sample(int status, long firstByteNanos, long totalNanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Sample get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long firstByte = System.nanoTime() - start;
            try (InputStream body = response.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new Sample(response.statusCode(), firstByte, System.nanoTime() - start);
        } catch (IOException e) {
            return new Sample(0, System.nanoTime() - start, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(0, 0, 0);
        }
    }

    /** Sequential requests to one path: {@code warmup} untimed, then {@code samples} timed. */
    List<Sample> sequential(IntFunction<String> path, int warmup, int samples) {
        for (int i = 0; i < warmup; i++) get(path.apply(i));
        List<Sample> out = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) out.add(get(path.apply(i)));
        return out;
    }

    /** What a load run measured. */
    record Load(int clients, double seconds, List<Sample> samples, Map<Integer, Integer> statuses) {
        long errors() {
            return samples.stream().filter(s -> !s.ok()).count();
        }

        double perSecond() {
            return samples.size() / seconds;
        }
    }

    /**
     * {@code clients} threads, each sending its next request as soon as the last one's body is read, for {@code
     * seconds}; client {@code c}'s {@code n}-th request goes to {@code mix.apply(c + n)}.
     */
    Load load(int clients, int seconds, IntFunction<String> mix) throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<List<Sample>>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(clientThreads.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                for (int n = 0; System.nanoTime() < end; n++) mine.add(get(mix.apply(client + n)));
                return mine;
            }));
        }
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : running) all.addAll(f.get());
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Sample s : all) statuses.merge(s.status(), 1, Integer::sum);
        return new Load(clients, elapsed, all, statuses);
    }

    /** The p-th percentile (nearest rank) of these times, in milliseconds. */
    static double millis(List<Sample> samples, boolean firstByte, double p) {
        long[] nanos = samples.stream()
                .mapToLong(s -> firstByte ? s.firstByteNanos() : s.totalNanos())
                .toArray();
        Arrays.sort(nanos);
        return BenchStoreCommand.percentile(nanos, p) / 1e6;
    }

    /** Picks one of {@code values} at random with a fixed seed, for paths with a placeholder. */
    static IntFunction<String> random(List<String> values, long seed) {
        Random r = new Random(seed);
        return i -> {
            synchronized (r) {
                return values.get(r.nextInt(values.size()));
            }
        };
    }

    @Override
    public void close() {
        clientThreads.shutdownNow();
        http.close();
    }
}
