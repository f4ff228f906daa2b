package org.tumen.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.tumen.app.web.WebContext;
import org.tumen.app.web.WebServer;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tumen bench web}: the server started in this JVM on 127.0.0.1 over a store, then (a) time to first byte of
 * each path, one request at a time, after a warm-up; (b) a load run: C clients for S seconds over the mix of paths,
 * each client sending its next request when the last one's body is read. Any answer that is not 2xx, and any
 * exception, counts as an error. {@value #EVENT} in a path stands for an event id drawn at random (fixed seed) from
 * the store's first 1,000 events. Client and server share the JVM and the machine's cores.
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = "Serve a store on 127.0.0.1 and time pages and API calls: first byte, then under load.")
public final class BenchWebCommand implements Callable<Integer> {
    static final String EVENT = "{event}";

    @Mixin
    StoreOptions store;

    @Option(
            names = "--paths",
            split = ",",
            paramLabel = "PATH",
            description = "Paths to time, {event} for a stored event's id (default: ${DEFAULT-VALUE}).")
    List<String> paths = List.of("/", "/events/" + EVENT, "/api/events");

    @Option(names = "--samples", description = "Timed requests per path (default: ${DEFAULT-VALUE}).")
    int samples = 200;

    @Option(names = "--warmup", description = "Untimed requests per path first (default: ${DEFAULT-VALUE}).")
    int warmup = 50;

    @Option(names = "--clients", description = "Concurrent clients of the load run (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--seconds", description = "Length of the load run; 0 skips it (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--json", description = "Print one JSON object instead of the tables.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) throws Exception {
        if (samples < 1 || warmup < 0 || clients < 1 || seconds < 0 || paths.isEmpty()) {
            err.println("error: --samples and --clients must be at least 1, --warmup and --seconds at least 0");
            return 2;
        }
        try (WebContext context = WebContext.open(store);
                WebServer server = WebServer.start(context, "127.0.0.1", 0);
                HttpProbe probe = new HttpProbe(URI.create("http://127.0.0.1:" + server.port()), clients)) {
            List<String> ids = eventIds(context);
            if (ids.isEmpty() && paths.stream().anyMatch(p -> p.contains(EVENT))) {
                err.println("error: the store has no events for " + EVENT);
                return 1;
            }
            IntFunction<String> event = ids.isEmpty() ? i -> "" : HttpProbe.random(ids, 42);
            List<Timed> timed = new ArrayList<>();
            for (String p : paths) {
                err.printf("bench: timing %s (%d + %d requests)…%n", p, warmup, samples);
                timed.add(new Timed(p, probe.sequential(i -> p.replace(EVENT, event.apply(i)), warmup, samples)));
            }
            HttpProbe.Load load = null;
            if (seconds > 0) {
                err.printf("bench: %d clients for %d s over %s…%n", clients, seconds, paths);
                load = probe.load(clients, seconds, i -> {
                    String p = paths.get(Math.floorMod(i, paths.size()));
                    return p.replace(EVENT, event.apply(i));
                });
            }
            long events = context.store().stats().fusedEvents();
            long reports = context.store().stats().reports();
            out.print(json ? toJson(reports, events, timed, load) + "\n" : table(reports, events, timed, load));
            boolean clean = timed.stream().allMatch(t -> t.errors() == 0) && (load == null || load.errors() == 0);
            return clean ? 0 : 1;
        }
    }

    private static List<String> eventIds(WebContext context) {
        return context.store().events(EventQuery.builder().limit(1000).build()).stream()
                .map(EventView::id)
                .toList();
    }

    /** The sequential samples of one path. */
    record Timed(String path, List<HttpProbe.Sample> samples) {
        long errors() {
            return samples.stream().filter(s -> !s.ok()).count();
        }

        String statuses() {
            return samples.stream()
                    .map(s -> String.valueOf(s.status()))
                    .distinct()
                    .sorted()
                    .reduce((a, b) -> a + "/" + b)
                    .orElse("");
        }
    }

    private String table(long reports, long events, List<Timed> timed, HttpProbe.Load load) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "bench web: %s, %,d reports, %,d events; server and client in one JVM on 127.0.0.1%n",
                store.config().displayUrl(),
                reports,
                events));
        b.append(String.format(
                Locale.ROOT, "time to first byte, sequential, %d samples after %d warm-up:%n", samples, warmup));
        String[] head = {"path", "status", "errors", "p50 ms", "p95 ms", "p99 ms", "full p50 ms"};
        List<String[]> rows = new ArrayList<>();
        for (Timed t : timed) {
            rows.add(new String[] {
                t.path(),
                t.statuses(),
                String.valueOf(t.errors()),
                ms(HttpProbe.millis(t.samples(), true, 0.50)),
                ms(HttpProbe.millis(t.samples(), true, 0.95)),
                ms(HttpProbe.millis(t.samples(), true, 0.99)),
                ms(HttpProbe.millis(t.samples(), false, 0.50))
            });
        }
        b.append(BenchCommand.table(head, rows));
        if (load != null) b.append(loadLine(load));
        return b.toString();
    }

    private String loadLine(HttpProbe.Load load) {
        return String.format(
                Locale.ROOT,
                "load: %d clients, %.1f s over %s: %,d requests, %,d errors (statuses %s), %,.0f req/s, latency p50"
                        + " %s ms, p99 %s ms%n",
                load.clients(),
                load.seconds(),
                paths,
                load.samples().size(),
                load.errors(),
                load.statuses(),
                load.perSecond(),
                ms(HttpProbe.millis(load.samples(), false, 0.50)),
                ms(HttpProbe.millis(load.samples(), false, 0.99)));
    }

    private String toJson(long reports, long events, List<Timed> timed, HttpProbe.Load load) {
        ObjectNode o = ExtractionJson.MAPPER.createObjectNode();
        o.put("store", store.config().displayUrl()).put("reports", reports).put("events", events);
        o.put("samples", samples).put("warmup", warmup);
        ArrayNode ttfb = o.putArray("ttfb");
        for (Timed t : timed) {
            ObjectNode n = ttfb.addObject().put("path", t.path()).put("statuses", t.statuses());
            n.put("errors", t.errors());
            for (double p : new double[] {0.50, 0.95, 0.99})
                n.put("p" + Math.round(p * 100) + "Ms", round(HttpProbe.millis(t.samples(), true, p)));
        }
        if (load != null) {
            ObjectNode l = o.putObject("load").put("clients", load.clients()).put("seconds", round(load.seconds()));
            l.put("requests", load.samples().size()).put("errors", load.errors());
            l.put("requestsPerSecond", round(load.perSecond()));
            l.put("p50Ms", round(HttpProbe.millis(load.samples(), false, 0.50)));
            l.put("p99Ms", round(HttpProbe.millis(load.samples(), false, 0.99)));
            l.set("statuses", ExtractionJson.MAPPER.valueToTree(load.statuses()));
        }
        return o.toString();
    }

    private static String ms(double millis) {
        return BenchCommand.number(millis, 1);
    }

    private static double round(double v) {
        return BenchCommand.round(v, 2);
    }
}
