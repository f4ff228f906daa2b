package org.tumen.app.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tumen.app.follow.Follower;
import org.tumen.app.follow.Stop;
import org.tumen.app.follow.Webhook;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.store.Provenance;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tumen follow}: polls folders and feeds, ingests what is new once, and posts alerts to a webhook. SIGTERM or
 * Ctrl-C lets the current item finish, then stops; a restart resumes from the state in the store.
 */
@Command(
        name = "follow",
        mixinStandardHelpOptions = true,
        description = "Poll folders and RSS/Atom feeds, ingest new items once, deliver alerts to a webhook.")
public final class FollowCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FOLDER|FEED_URL", description = "Folders (as for ingest) and feed URLs.")
    List<String> sources;

    @Option(names = "--interval", paramLabel = "S", description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
    long interval = 300;

    @Option(names = "--once", description = "Poll once, deliver, and exit.")
    boolean once;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert here as signed JSON.")
    URI webhook;

    @Option(
            names = "--secret",
            paramLabel = "S",
            description = "Shared secret for the HMAC-SHA256 signature (default: $TUMEN_WEBHOOK_SECRET).")
    String secret;

    @Option(
            names = "--retry-wait-ms",
            paramLabel = "MS",
            description = "First wait before a webhook retry, doubled each time (default: ${DEFAULT-VALUE}).")
    long retryWaitMs = 1000;

    @Override
    public Integer call() {
        Webhook.Config hook = webhook == null ? null : webhookConfig();
        Stop stop = new Stop();
        CountDownLatch done = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stop.request();
            awaitQuietly(done);
        });
        Runtime.getRuntime().addShutdownHook(onSignal);
        boolean ok = true;
        try (Store db = store.open();
                Indexer index = new Indexer(store);
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build()) {
            // an index that missed writes (a crash, a Flink job) is healed first, as ingest heals it
            if (!index.follow(db)) index.events(db);
            // the pipeline as ingest builds it, the data folder's lists screening transfer parties
            Pipeline pipeline = store.pipeline();
            Follower follower = new Follower(
                    db,
                    pipeline::run,
                    Provenance.current(pipeline.languageDescription()),
                    http,
                    System.err,
                    stop,
                    (x, o) -> {
                        // searchable as soon as stored, as after an ingest
                        index.stored(db, x.report(), o);
                        index.commit();
                    });
            Webhook sender = hook == null ? null : new Webhook(hook, http);
            do {
                Follower.Poll poll = follower.poll(sources);
                Webhook.Round round = sender == null ? null : sender.deliver(db, stop);
                System.out.println(summary(poll, round));
                ok = poll.failed() == 0 && (round == null || !round.gaveUp());
            } while (!once && !stop.requested() && !stop.sleep(Duration.ofSeconds(interval)));
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for done, counted down above
            }
        }
        return ok ? 0 : 1;
    }

    private Webhook.Config webhookConfig() {
        String s = secret != null ? secret : System.getenv("TUMEN_WEBHOOK_SECRET");
        Duration first = Duration.ofMillis(Math.max(1, retryWaitMs));
        return Webhook.Config.of(webhook, s).withBackoff(first, first.multipliedBy(60));
    }

    private static String summary(Follower.Poll p, Webhook.Round r) {
        String s = "follow: %d ingested, %d unchanged, %d seen before, %d malformed, %d failed; %d alerts raised"
                .formatted(p.ingested(), p.unchanged(), p.seen(), p.malformed(), p.failed(), p.alerts());
        if (r == null) return s;
        return s
                + "; webhook: %d delivered, %d failed attempts%s"
                        .formatted(
                                r.delivered(), r.failedAttempts(), r.gaveUp() ? ", gave up until the next poll" : "");
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
