package org.tumen.app.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.tumen.app.cli.Indexer;
import org.tumen.app.cli.StoreOptions;
import org.tumen.app.service.Places;
import org.tumen.app.service.ReportExtractor;
import org.tumen.app.service.Screening;
import org.tumen.core.model.Extraction;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.PlaceActivity;
import org.tumen.store.IngestOutcome;
import org.tumen.store.Provenance;
import org.tumen.store.Store;
import org.tumen.store.search.SearchIndex;

/**
 * What the HTTP API and the UI work on: the same store, search index and pipeline as the CLI. The server owns the data
 * folder while it runs (Lucene allows one writer); the pipeline is built on first use, since CoreNLP takes seconds to
 * load and a read-only server never needs it.
 *
 * <p>Writes go through {@link #write}, one at a time, as the CLI has one writer; reads run in parallel. Since no one
 * else can write while the server holds the index, what is derived from the whole store (place activity) is kept
 * until the next write.
 */
public final class WebContext implements AutoCloseable {
    private final StoreOptions options;
    private final Store store;
    private final Indexer indexer;
    private final ReportExtractor extractor;
    private final ReentrantLock writer = new ReentrantLock();
    private final AtomicLong writes = new AtomicLong();
    private final Map<Integer, Derived<PlaceActivity>> activity = new ConcurrentHashMap<>();
    private final Screening screening;
    private final Places places;

    private WebContext(StoreOptions options, Store store, Indexer indexer, ReportExtractor extractor) {
        this.options = options;
        this.store = store;
        this.indexer = indexer;
        // the server's ingests keep the index's mark when it starts complete; a stale one is healed by the next ingest
        indexer.follow(store);
        this.extractor = extractor;
        this.screening = new Screening(options.dataDir());
        this.places = new Places(Gazetteer.load());
    }

    public static WebContext open(StoreOptions options) {
        return open(options, ReportExtractor.lazy(options::pipeline));
    }

    /** As {@link #open(StoreOptions)}, extracting reports with {@code extractor} (tests give one without models). */
    public static WebContext open(StoreOptions options, ReportExtractor extractor) {
        Store store = options.open();
        try {
            return new WebContext(options, store, new Indexer(options), extractor);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Store store() {
        return store;
    }

    public SearchIndex search() {
        return indexer.index();
    }

    public Indexer indexer() {
        return indexer;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** The JVM's one pipeline with this data folder's party screen (loads CoreNLP on first call). */
    public Pipeline pipeline() {
        return options.pipeline();
    }

    /** Reports to extractions: the pipeline, unless the context was opened with another extractor. */
    public ReportExtractor extractor() {
        return extractor;
    }

    /**
     * Stores an extraction as the server's one writer and indexes the report and the events it touched (not
     * committed: {@link #commitIndex} makes them searchable), for the API's ingest and the form's alike.
     */
    public IngestOutcome ingest(Extraction x) {
        return write(() -> {
            IngestOutcome outcome = store.ingest(x, Provenance.current(extractor.description()));
            indexer.stored(store, x.report(), outcome);
            return outcome;
        });
    }

    /** Makes what was indexed searchable. */
    public void commitIndex() {
        write(() -> {
            indexer.commit();
            return null;
        });
    }

    /** Runs {@code work} as the only writer to the store and the index; what was derived from the store is dropped. */
    public <T> T write(Supplier<T> work) {
        writer.lock();
        try {
            return work.get();
        } finally {
            writes.incrementAndGet();
            writer.unlock();
        }
    }

    public Screening screening() {
        return screening;
    }

    public Places places() {
        return places;
    }

    /** Every place's activity with this resumption gap, computed once per state of the store. */
    public PlaceActivity placeActivity(int gapMonths) {
        long now = writes.get();
        Derived<PlaceActivity> d = activity.get(gapMonths);
        if (d != null && d.writes() == now) return d.value();
        PlaceActivity fresh = places.activity(store.activityEvents(), gapMonths);
        activity.put(gapMonths, new Derived<>(now, fresh));
        return fresh;
    }

    /** Whether {@link #placeActivity} would answer from what it computed for the store as it is now. */
    public boolean placeActivityReady(int gapMonths) {
        Derived<PlaceActivity> d = activity.get(gapMonths);
        return d != null && d.writes() == writes.get();
    }

    private record Derived<T>(long writes, T value) {}

    @Override
    public void close() {
        try (store;
                indexer) {
            // both closed, the index first
        }
    }
}
