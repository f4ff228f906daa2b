package org.tumen.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.tumen.core.annotate.corenlp.CoreNlpAnnotator;
import org.tumen.core.annotate.corenlp.NlpConfig;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen bench}: measurements of Tumen against plain CoreNLP. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure Tumen's speed and memory.",
        subcommands = {BenchCommand.Extract.class, BenchStoreCommand.class, BenchWebCommand.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * {@code tumen bench extract}: Tumen's whole extraction against CoreNLP's default
     * {@code tokenize,ssplit,pos,lemma,ner} over the same reports, in one JVM, one after the other.
     *
     * <p>For each side: the models are loaded (timed), the first {@code --warmup} of the reports are run once and
     * not counted in the steady-state rate, then all {@code --limit} reports are run and timed. "Whole" is load +
     * warm-up + timed run, i.e. everything the side did from the first model byte to the last report.
     */
    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description = "Tumen's extraction against CoreNLP's default NER pipeline over the same reports.")
    static final class Extract implements Callable<Integer> {
        @Parameters(
                arity = "1",
                paramLabel = "CORPUS",
                description = "A JSONL collection of reports (or any input extract takes).")
        Path corpus;

        @Option(
                names = "--limit",
                description = "Reports to measure, from the start of the corpus (default: ${DEFAULT-VALUE}).")
        int limit = 200;

        @Option(
                names = "--threads",
                description = "Worker threads, the same for both sides (default: ${DEFAULT-VALUE}).")
        int threads = 1;

        @Option(
                names = "--warmup",
                description = "Reports run once before timing, not counted (default: ${DEFAULT-VALUE}).")
        int warmup = 10;

        @Option(names = "--skip-baseline", description = "Measure Tumen only.")
        boolean skipBaseline;

        @Option(names = "--json", description = "Print one JSON object instead of the table.")
        boolean json;

        @Override
        public Integer call() {
            return run(System.out, System.err);
        }

        int run(PrintStream out, PrintStream err) {
            if (limit < 1 || threads < 1 || warmup < 0) {
                err.println("error: --limit and --threads must be at least 1, --warmup at least 0");
                return 2;
            }
            long readStart = System.nanoTime();
            List<RawReport> reports = new ArrayList<>();
            int problems = 0;
            try (var items = new InputReader(InputOptions.defaults()).read(List.of(corpus))) {
                var it = items.iterator();
                while (reports.size() < limit && it.hasNext()) {
                    InputItem item = it.next();
                    if (item instanceof RawReport r) reports.add(r);
                    else problems++;
                }
            }
            double readSeconds = seconds(System.nanoTime() - readStart);
            if (reports.isEmpty()) {
                err.println("error: no reports read from " + corpus);
                return 1;
            }
            int warm = Math.min(warmup, reports.size());
            err.printf(
                    Locale.ROOT,
                    "bench: %d reports read (%d problems skipped) in %.1f s; %d thread(s), warm-up %d%n",
                    reports.size(),
                    problems,
                    readSeconds,
                    threads,
                    warm);

            HeapMonitor heap = HeapMonitor.start();
            try {
                settle();
                heap.reset();
                Measurement tumen = measureTumen(reports, warm, heap, err);
                Measurement baseline = null;
                if (!skipBaseline) {
                    // Tumen's pipeline is unreachable by now; CoreNLP keeps loaded annotators in a static pool, so
                    // empty it too, or the baseline would reuse Tumen's models and the two heaps would add up.
                    CoreNlpAnnotator.releaseSharedModels();
                    settle();
                    heap.reset();
                    baseline = measureBaseline(reports, warm, heap, err);
                }
                Report report = new Report(corpus.toString(), reports.size(), problems, threads, warm, tumen, baseline);
                out.print(json ? report.toJson() + "\n" : report.toTable());
                return tumen.failures() == 0 && (baseline == null || baseline.failures() == 0) ? 0 : 1;
            } finally {
                heap.stop();
            }
        }

        private Measurement measureTumen(List<RawReport> reports, int warm, HeapMonitor heap, PrintStream err) {
            err.println("bench: loading Tumen's pipeline…");
            long t0 = System.nanoTime();
            // the same construction as Pipelines.get(), but not kept in a static field, so that it can be dropped
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
            Pipeline pipeline = new Pipeline(annotator);
            long load = System.nanoTime() - t0;
            String description = pipeline.languageDescription() + " + Tumen's recognisers, time tagger and event rules";
            return measure(
                    "tumen",
                    description,
                    load,
                    reports,
                    warm,
                    heap,
                    err,
                    r -> pipeline.run(r).tokens());
        }

        private Measurement measureBaseline(List<RawReport> reports, int warm, HeapMonitor heap, PrintStream err) {
            err.println("bench: loading CoreNLP's default tokenize,ssplit,pos,lemma,ner…");
            long t0 = System.nanoTime();
            CoreNlpAnnotator.Baseline baseline = new CoreNlpAnnotator.Baseline(CoreNlpAnnotator.defaultNerProperties());
            long load = System.nanoTime() - t0;
            String description =
                    "Stanford CoreNLP 4.5.10 [tokenize,ssplit,pos,lemma,ner; CoreNLP defaults] over the raw text";
            return measure("baseline", description, load, reports, warm, heap, err, r -> baseline.annotate(r.text()));
        }

        private Measurement measure(
                String name,
                String description,
                long loadNanos,
                List<RawReport> reports,
                int warm,
                HeapMonitor heap,
                PrintStream err,
                ToIntFunction<RawReport> work) {
            err.printf(Locale.ROOT, "bench: %s loaded in %.1f s; warming up…%n", name, seconds(loadNanos));
            ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
            try {
                Batch warmUp = runAll(reports.subList(0, warm), pool, work, err);
                err.printf(
                        Locale.ROOT,
                        "bench: %s warm-up %.1f s; timing %d reports…%n",
                        name,
                        seconds(warmUp.nanos()),
                        reports.size());
                Batch timed = runAll(reports, pool, work, err);
                return new Measurement(
                        name,
                        description,
                        seconds(loadNanos),
                        seconds(warmUp.nanos()),
                        seconds(timed.nanos()),
                        reports.size(),
                        timed.tokens(),
                        timed.failures() + warmUp.failures(),
                        heap.peakUsedBytes(),
                        heap.peakAfterGcBytes());
            } finally {
                if (pool != null) pool.shutdownNow();
            }
        }
    }

    /** What one pass over a list of reports took. */
    record Batch(long nanos, long tokens, int failures) {}

    static Batch runAll(List<RawReport> reports, ExecutorService pool, ToIntFunction<RawReport> work, PrintStream err) {
        long start = System.nanoTime();
        long tokens = 0;
        int failures = 0;
        if (pool == null) {
            for (RawReport r : reports) {
                try {
                    tokens += work.applyAsInt(r);
                } catch (RuntimeException e) {
                    failures++;
                    err.println("error: " + r.id() + ": " + e);
                }
            }
        } else {
            List<Future<Integer>> futures = new ArrayList<>(reports.size());
            for (RawReport r : reports) futures.add(pool.submit(() -> work.applyAsInt(r)));
            for (int i = 0; i < futures.size(); i++) {
                try {
                    tokens += futures.get(i).get();
                } catch (ExecutionException e) {
                    failures++;
                    err.println("error: " + reports.get(i).id() + ": " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        return new Batch(System.nanoTime() - start, tokens, failures);
    }

    /**
     * One side's figures. Rates are over the timed run; "whole" is load + warm-up + timed run.
     *
     * @param peakUsedBytes the most heap in use at any time seen (garbage included): sampled every 10 ms and read
     *     just before every collection, so it is bounded by -Xmx
     * @param peakAfterGcBytes the most heap still in use right after a collection: closer to what the side needs
     */
    record Measurement(
            String name,
            String description,
            double loadSeconds,
            double warmupSeconds,
            double runSeconds,
            int reports,
            long tokens,
            int failures,
            long peakUsedBytes,
            long peakAfterGcBytes) {
        double reportsPerSecond() {
            return rate(reports, runSeconds);
        }

        double tokensPerSecond() {
            return rate(tokens, runSeconds);
        }

        double wholeSeconds() {
            return loadSeconds + warmupSeconds + runSeconds;
        }
    }

    /** The run's figures for printing. */
    record Report(
            String corpus,
            int reports,
            int problems,
            int threads,
            int warmup,
            Measurement tumen,
            Measurement baseline) {
        /** Steady-state speed-up: Tumen's reports/s over the baseline's. */
        Double steadyRatio() {
            return baseline == null ? null : ratio(tumen.reportsPerSecond(), baseline.reportsPerSecond());
        }

        /** Whole-process speed-up: the baseline's whole time over Tumen's (load + warm-up + run). */
        Double wholeRatio() {
            return baseline == null ? null : ratio(baseline.wholeSeconds(), tumen.wholeSeconds());
        }

        String toTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(
                    Locale.ROOT,
                    "bench extract: %d reports from %s (%d input problems skipped), %d thread(s), warm-up %d reports (not counted)%n",
                    reports,
                    corpus,
                    problems,
                    threads,
                    warmup));
            String[] head = {"", "Tumen", "baseline", "Tumen/baseline"};
            List<String[]> rows = new ArrayList<>();
            rows.add(row(
                    "model load (s)",
                    tumen.loadSeconds(),
                    1,
                    baseline == null ? null : baseline.loadSeconds(),
                    1,
                    null));
            rows.add(row(
                    "warm-up (s)",
                    tumen.warmupSeconds(),
                    1,
                    baseline == null ? null : baseline.warmupSeconds(),
                    1,
                    null));
            rows.add(row(
                    "timed run (s)", tumen.runSeconds(), 1, baseline == null ? null : baseline.runSeconds(), 1, null));
            rows.add(row("tokens", tumen.tokens(), 0, baseline == null ? null : (double) baseline.tokens(), 0, null));
            rows.add(row(
                    "reports/s (steady)",
                    tumen.reportsPerSecond(),
                    2,
                    baseline == null ? null : baseline.reportsPerSecond(),
                    2,
                    steadyRatio()));
            rows.add(row(
                    "tokens/s (steady)",
                    tumen.tokensPerSecond(),
                    0,
                    baseline == null ? null : baseline.tokensPerSecond(),
                    0,
                    baseline == null ? null : ratio(tumen.tokensPerSecond(), baseline.tokensPerSecond())));
            rows.add(row(
                    "whole: load+warm-up+run (s)",
                    tumen.wholeSeconds(),
                    1,
                    baseline == null ? null : baseline.wholeSeconds(),
                    1,
                    wholeRatio()));
            rows.add(row(
                    "peak heap used (MB)",
                    mb(tumen.peakUsedBytes()),
                    0,
                    baseline == null ? null : mb(baseline.peakUsedBytes()),
                    0,
                    null));
            rows.add(row(
                    "peak heap after GC (MB)",
                    mb(tumen.peakAfterGcBytes()),
                    0,
                    baseline == null ? null : mb(baseline.peakAfterGcBytes()),
                    0,
                    null));
            rows.add(row(
                    "failed reports",
                    tumen.failures(),
                    0,
                    baseline == null ? null : (double) baseline.failures(),
                    0,
                    null));
            b.append(table(head, rows));
            b.append("Tumen:    ").append(tumen.description()).append('\n');
            if (baseline != null)
                b.append("baseline: ").append(baseline.description()).append('\n');
            b.append("Ratios are speed-ups (higher is better for Tumen); whole = baseline's whole time / Tumen's.\n");
            return b.toString();
        }

        String toJson() {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("corpus", corpus);
            o.put("reports", reports);
            o.put("inputProblemsSkipped", problems);
            o.put("threads", threads);
            o.put("warmupReports", warmup);
            o.set("tumen", json(mapper, tumen));
            if (baseline != null) {
                o.set("baseline", json(mapper, baseline));
                ObjectNode r = o.putObject("ratios");
                r.put("steadyReportsPerSecond", round(steadyRatio(), 3));
                r.put("steadyTokensPerSecond", round(ratio(tumen.tokensPerSecond(), baseline.tokensPerSecond()), 3));
                r.put("wholeProcess", round(wholeRatio(), 3));
            }
            return o.toString();
        }

        private static ObjectNode json(ObjectMapper mapper, Measurement m) {
            ObjectNode o = mapper.createObjectNode();
            o.put("description", m.description());
            o.put("loadSeconds", round(m.loadSeconds(), 3));
            o.put("warmupSeconds", round(m.warmupSeconds(), 3));
            o.put("runSeconds", round(m.runSeconds(), 3));
            o.put("wholeSeconds", round(m.wholeSeconds(), 3));
            o.put("reports", m.reports());
            o.put("tokens", m.tokens());
            o.put("failures", m.failures());
            o.put("reportsPerSecond", round(m.reportsPerSecond(), 3));
            o.put("tokensPerSecond", round(m.tokensPerSecond(), 1));
            o.put("peakHeapUsedMB", round(mb(m.peakUsedBytes()), 1));
            o.put("peakHeapAfterGcMB", round(mb(m.peakAfterGcBytes()), 1));
            return o;
        }
    }

    // ---- small helpers, package-private for the tests ----

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double rate(double count, double seconds) {
        return seconds <= 0 ? 0 : count / seconds;
    }

    /** a / b, or NaN when b is zero. */
    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return value;
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A number with thousands separators and the given decimals; "–" for none. */
    static String number(Double value, int decimals) {
        if (value == null) return "–";
        if (Double.isNaN(value)) return "n/a";
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String[] row(String label, double tumen, int td, Double baseline, int bd, Double ratio) {
        return new String[] {label, number(tumen, td), number(baseline, bd), ratio == null ? "" : number(ratio, 2) + "×"
        };
    }

    /** Left-aligned first column, right-aligned others, two spaces apart. */
    static String table(String[] head, List<String[]> rows) {
        int[] width = new int[head.length];
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (String[] r : all) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        StringBuilder b = new StringBuilder();
        for (String[] r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) line.append("  ");
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 ? r[i] + pad : pad + r[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** Runs collections until the heap stops shrinking, so one side's garbage is not charged to the next. */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Peak heap use: a daemon thread samples the heap every 10 ms, and every collection reports how much was in use
     * just before it (the true peaks, which sampling misses) and just after it.
     */
    static final class HeapMonitor implements NotificationListener {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final Thread sampler;
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private volatile boolean running = true;

        private HeapMonitor() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    emitters.add(e);
                }
            }
            sampler = Thread.ofPlatform().daemon().name("bench-heap-sampler").unstarted(() -> {
                while (running) {
                    observeUsed(ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed());
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapMonitor start() {
            HeapMonitor m = new HeapMonitor();
            m.sampler.start();
            return m;
        }

        void reset() {
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakUsed.set(now);
            peakAfterGc.set(0);
        }

        long peakUsedBytes() {
            return peakUsed.get();
        }

        long peakAfterGcBytes() {
            return peakAfterGc.get();
        }

        private void observeUsed(long bytes) {
            peakUsed.accumulateAndGet(bytes, Math::max);
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                    .getGcInfo();
            // only heap pools: the maps also hold Metaspace and code-cache pools
            java.util.Set<String> heapPools = heapPoolNames();
            observeUsed(sum(info.getMemoryUsageBeforeGc(), heapPools));
            peakAfterGc.accumulateAndGet(sum(info.getMemoryUsageAfterGc(), heapPools), Math::max);
        }

        private static java.util.Set<String> heapPoolNames() {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) names.add(pool.getName());
            }
            return names;
        }

        private static long sum(java.util.Map<String, MemoryUsage> usage, java.util.Set<String> pools) {
            long total = 0;
            for (var e : usage.entrySet())
                if (pools.contains(e.getKey())) total += e.getValue().getUsed();
            return total;
        }

        void stop() {
            running = false;
            sampler.interrupt();
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }
}
