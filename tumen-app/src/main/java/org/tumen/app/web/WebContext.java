package org.tumen.app.web;

import java.nio.file.Path;
import org.tumen.app.cli.Indexer;
import org.tumen.app.cli.StoreOptions;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.store.Store;
import org.tumen.store.search.SearchIndex;

/**
 * What the HTTP API and the UI work on: the same store, search index and pipeline as the CLI. The server owns the data
 * folder while it runs (Lucene allows one writer); the pipeline is built on first use, since CoreNLP takes seconds to
 * load and a read-only server never needs it.
 */
public final class WebContext implements AutoCloseable {
    private final StoreOptions options;
    private final Store store;
    private final Indexer indexer;

    private WebContext(StoreOptions options, Store store, Indexer indexer) {
        this.options = options;
        this.store = store;
        this.indexer = indexer;
    }

    public static WebContext open(StoreOptions options) {
        Store store = options.open();
        try {
            return new WebContext(options, store, new Indexer(options));
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

    @Override
    public void close() {
        try (store;
                indexer) {
            // both closed, the index first
        }
    }
}
