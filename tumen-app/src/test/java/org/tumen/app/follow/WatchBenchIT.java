package org.tumen.app.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.fuse.RuleFusion;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.pipeline.Pipelines;
import org.tumen.core.watch.Watchlist;
import org.tumen.store.NearDuplicates;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The figures in docs/benchmarks.md, "Watchlists and alerts": store ingest throughput with no watchlist and with 100,
 * and the latency from the start of an ingest to the alert's arrival at a webhook on 127.0.0.1. Extraction is done
 * once, before timing: these figures are the store's and the delivery's, not the pipeline's. Runs only with
 * {@code -Dtumen.bench=true}.
 */
class WatchBenchIT {
    private static final Path CORPUS =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");
    private static final int REPORTS = Integer.getInteger("tumen.bench.reports", 200);

    @TempDir
    Path dir;

    @Test
    void ingest_throughput_with_100_watchlists_and_webhook_latency() throws Exception {
        assumeTrue(Boolean.getBoolean("tumen.bench"), "set -Dtumen.bench=true to run the watch benchmark");
        Pipeline pipeline = Pipelines.get();
        List<Extraction> reports = new ArrayList<>();
        for (var item : new InputReader().readAll(List.of(CORPUS))) {
            if (item instanceof RawReport r && reports.size() < REPORTS) reports.add(pipeline.run(r));
        }
        // warm-up: the JIT and H2 on a throwaway store
        ingestAll(dir.resolve("warm"), reports.subList(0, Math.min(50, reports.size())), 100);
        StringBuilder table = new StringBuilder();
        table.append("reports=%d, events=%d%n"
                .formatted(
                        reports.size(),
                        reports.stream().mapToInt(x -> x.events().size()).sum()));
        for (int run = 1; run <= 3; run++) {
            for (int watches : new int[] {0, 100}) {
                long[] r = ingestAll(dir.resolve("t" + run + "-" + watches), reports, watches);
                table.append("run %d, %3d watchlists: %6.0f ms, %6.1f reports/s, %d alerts%n"
                        .formatted(run, watches, r[0] / 1e6, reports.size() / (r[0] / 1e9), r[1]));
            }
        }
        table.append(latency(reports));
        System.out.println(table);
        assertThat(reports).isNotEmpty();
    }

    private static Store open(Path data) {
        return Store.open(
                StoreConfig.embedded(data),
                new RuleFusion(),
                new AdmiraltyAssessor(),
                NearDuplicates.minHash(),
                Clock.systemUTC());
    }

    /** 100 watches as analysts might set them: parties, places, goods, types and floors; a few cover much. */
    static List<Watchlist> watches(int n) {
        String[] parties = {"PRK", "RUS", "CHN", "IRN", "SYR", "Kim Jong Un", "KOMID", "Rason", "Vladivostok", "JPN"};
        String[] places = {"Tumangang", "Khasan", "Rajin", "Nampo", "Dandong", "Sinuiju", "Vostochny", "Hunchun"};
        String[] goods = {"93", "27", "0101", "87", "72", "26", "2709", "8703"};
        String[] types = {"TRANSFER", "CROSSING", "STATUS_CHANGE", "ACCUSE", "DENY"};
        String[] floors = {null, "unlikely", "roughly even chance", "likely"};
        List<Watchlist> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Watchlist w = Watchlist.named("w" + i).withMinLikelihood(floors[i % floors.length]);
            switch (i % 5) {
                case 0 -> w = w.withParty(parties[i / 5 % parties.length]);
                case 1 -> w = w.withPlace(places[i / 5 % places.length]);
                case 2 -> w = w.withGoods(goods[i / 5 % goods.length]);
                case 3 -> w = w.withType(types[i / 5 % types.length]);
                default -> w = w.withParty(parties[i / 5 % parties.length]).withType(types[i / 5 % types.length]);
            }
            out.add(w);
        }
        return out;
    }

    private static long[] ingestAll(Path data, List<Extraction> reports, int watches) {
        try (Store store = open(data)) {
            watches(watches).forEach(store::addWatch);
            long alerts = 0;
            long start = System.nanoTime();
            for (Extraction x : reports) alerts += store.ingest(x).alertsRaised();
            return new long[] {System.nanoTime() - start, alerts};
        }
    }

    /** Each report ingested, then delivered as follow does; the time from ingest start to each alert's arrival. */
    private String latency(List<Extraction> reports) throws Exception {
        ConcurrentHashMap<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", x -> {
            arrived.putIfAbsent(x.getRequestHeaders().getFirst(Webhook.ID_HEADER), System.nanoTime());
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.start();
        List<Long> ms = new ArrayList<>();
        AtomicLong alerts = new AtomicLong();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        try (Store store = open(dir.resolve("latency"));
                HttpClient http = HttpClient.newHttpClient()) {
            watches(100).forEach(store::addWatch);
            Webhook hook = new Webhook(Webhook.Config.of(url, "bench"), http);
            Stop stop = new Stop();
            for (Extraction x : reports) {
                long start = System.nanoTime();
                if (store.ingest(x).alertsRaised() == 0) continue;
                List<String> ids = store.undelivered(url.toString(), 10_000).stream()
                        .map(p -> p.alert().id())
                        .toList();
                hook.deliver(store, stop);
                for (String id : ids) {
                    ms.add((arrived.get(id) - start) / 1_000_000);
                    alerts.incrementAndGet();
                }
            }
        } finally {
            server.stop(0);
        }
        ms.sort(null);
        if (ms.isEmpty()) return "latency: no alert raised\n";
        return String.format(
                Locale.ROOT,
                "latency ingest start -> webhook receipt, 100 watchlists, %d alerts: median %d ms, p95 %d ms, max %d ms%n",
                alerts.get(),
                ms.get(ms.size() / 2),
                ms.get((int) Math.min(ms.size() - 1, Math.round(ms.size() * 0.95))),
                ms.getLast());
    }
}
