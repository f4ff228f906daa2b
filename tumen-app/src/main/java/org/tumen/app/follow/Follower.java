package org.tumen.app.follow;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.store.FollowedItem;
import org.tumen.store.IngestOutcome;
import org.tumen.store.Provenance;
import org.tumen.store.Store;

/**
 * One poll of folders and feeds: every item not seen with this content is extracted, ingested and then recorded as
 * seen. The order is what makes a stop safe at any point: a crash after the ingest and before the record reads the
 * item again on restart, and the store, which keys reports by their text, answers "unchanged" and raises nothing.
 */
public final class Follower {
    /** The extraction stage: the real pipeline, or a stand-in in tests. */
    @FunctionalInterface
    public interface Extract {
        Extraction run(RawReport raw);
    }

    /** What one poll did. */
    public record Poll(int ingested, int unchanged, int seen, int malformed, int failed, int alerts) {
        Poll plus(Poll o) {
            return new Poll(
                    ingested + o.ingested,
                    unchanged + o.unchanged,
                    seen + o.seen,
                    malformed + o.malformed,
                    failed + o.failed,
                    alerts + o.alerts);
        }

        static final Poll NONE = new Poll(0, 0, 0, 0, 0, 0);
    }

    private final Store store;
    private final Extract extract;
    private final Provenance provenance;
    private final HttpClient http;
    private final PrintStream err;
    private final Stop stop;

    /** Told of each report stored, after its transaction (the follow command keeps the search index with it). */
    @FunctionalInterface
    public interface Stored {
        void stored(Extraction x, IngestOutcome outcome);
    }

    private final Stored stored;

    public Follower(Store store, Extract extract, Provenance provenance, HttpClient http, PrintStream err, Stop stop) {
        this(store, extract, provenance, http, err, stop, (x, o) -> {});
    }

    public Follower(
            Store store,
            Extract extract,
            Provenance provenance,
            HttpClient http,
            PrintStream err,
            Stop stop,
            Stored stored) {
        this.stored = stored;
        this.store = store;
        this.extract = extract;
        this.provenance = provenance;
        this.http = http;
        this.err = err;
        this.stop = stop;
    }

    public Poll poll(List<String> sources) {
        Poll total = Poll.NONE;
        for (String source : sources) {
            if (stop.requested()) break;
            total = total.plus(isUrl(source) ? feed(source) : folder(source));
        }
        return total;
    }

    static boolean isUrl(String source) {
        return source.startsWith("http://") || source.startsWith("https://");
    }

    private Poll feed(String url) {
        FeedParser.Feed feed;
        try {
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() / 100 != 2) {
                err.println("warning: " + url + ": HTTP " + r.statusCode() + "; tried again next poll");
                return new Poll(0, 0, 0, 0, 1, 0);
            }
            feed = FeedParser.parse(r.body());
        } catch (IOException | FeedParser.FeedException e) {
            err.println("warning: " + url + ": " + e.getMessage() + "; tried again next poll");
            return new Poll(0, 0, 0, 0, 1, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Poll.NONE;
        }
        Poll total = Poll.NONE;
        for (FeedItem item : feed.items()) {
            if (stop.requested()) break;
            total = total.plus(
                    switch (item) {
                        case FeedItem.Malformed m -> malformed(url, m.key(), m.contentHash(), m.problem());
                        case FeedItem.Entry e -> item(url, e.key(), e.contentHash(), () -> raw(url, feed, e));
                    });
        }
        return total;
    }

    private static RawReport raw(String url, FeedParser.Feed feed, FeedItem.Entry e) {
        String id = "feed-" + Store.contentHash(url + "\u0000" + e.key()).substring(0, 16);
        String file = e.link() != null ? e.link() : url;
        return new RawReport(id, file, null, e.title(), feed.title(), e.published(), e.text());
    }

    private Poll folder(String folder) {
        Poll total = Poll.NONE;
        try (Stream<InputItem> items = new InputReader().read(List.of(Path.of(folder)))) {
            for (InputItem item : (Iterable<InputItem>) items::iterator) {
                if (stop.requested()) break;
                total = total.plus(
                        switch (item) {
                            case InputProblem p ->
                                malformed(
                                        folder, where(p.file(), p.line()), Store.contentHash(p.message()), p.message());
                            case RawReport r ->
                                item(folder, where(r.file(), r.line()), Store.contentHash(r.text()), () -> r);
                            default -> throw new IllegalStateException("unknown input item " + item);
                        });
            }
        }
        return total;
    }

    private static String where(String file, Integer line) {
        return line == null ? file : file + "#" + line;
    }

    private Poll malformed(String source, String key, String hash, String problem) {
        Optional<FollowedItem> seen = store.followedItem(source, key);
        if (seen.isPresent() && seen.get().contentHash().equals(hash)) return new Poll(0, 0, 1, 0, 0, 0);
        err.println("warning: " + source + ": item " + key + ": " + problem + "; skipped");
        store.recordFollowed(source, key, hash, FollowedItem.MALFORMED, null);
        return new Poll(0, 0, 0, 1, 0, 0);
    }

    private interface RawSupplier {
        RawReport get();
    }

    private Poll item(String source, String key, String hash, RawSupplier raw) {
        Optional<FollowedItem> seen = store.followedItem(source, key);
        if (seen.isPresent() && seen.get().contentHash().equals(hash)) return new Poll(0, 0, 1, 0, 0, 0);
        Extraction x;
        try {
            x = extract.run(raw.get());
        } catch (RuntimeException e) {
            // a report the pipeline cannot read is a bad item: reported, kept from the next polls, not fatal
            return malformed(source, key, hash, "extraction failed: " + e);
        }
        IngestOutcome o;
        try {
            o = store.ingest(x, provenance);
        } catch (RuntimeException e) {
            // the store could not take it (the database is down?): not recorded, so the next poll tries again
            err.println("error: " + source + ": item " + key + ": not stored: " + e.getMessage());
            return new Poll(0, 0, 0, 0, 1, 0);
        }
        store.recordFollowed(source, key, hash, FollowedItem.INGESTED, o.reportId());
        stored.stored(x, o);
        return o.changed() ? new Poll(1, 0, 0, 0, 0, o.alertsRaised()) : new Poll(0, 1, 0, 0, 0, 0);
    }
}
