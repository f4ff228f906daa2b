package org.tumen.app.cli;

import java.nio.file.Path;
import java.util.Collection;
import org.tumen.core.model.Report;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.Store;
import org.tumen.store.search.EventDoc;
import org.tumen.store.search.ReportDoc;
import org.tumen.store.search.SearchIndex;

/**
 * Keeps the Lucene index beside the store in step with it. The database is the record; the index follows it and is
 * rebuilt from it for events after every ingest, so a crash between a database commit and an index commit heals
 * on the next run (a report seen again as unchanged is indexed again too).
 */
public final class Indexer implements AutoCloseable {
    private final SearchIndex index;

    public Indexer(StoreOptions options) {
        this.index = SearchIndex.open(folder(options));
    }

    public static Path folder(StoreOptions options) {
        return options.dataDir().resolve("index");
    }

    public void report(Report report) {
        index.index(ReportDoc.of(report));
    }

    /** Re-indexes every event in force, page by page. */
    public void events(Store db) {
        int page = 1000;
        for (int offset = 0; ; offset += page) {
            var events =
                    db.events(EventQuery.builder().limit(page).offset(offset).build());
            for (EventView e : events) index.index(EventDoc.of(Views.fused(e)));
            if (events.size() < page) break;
        }
        index.commit();
    }

    /**
     * Re-indexes only these events (those an ingest touched, see {@link org.tumen.store.IngestOutcome#fusedEvents});
     * not committed. An id no longer in the store is taken out of the index.
     */
    public void events(Store db, Collection<String> ids) {
        for (String id : ids) {
            var detail = db.event(id);
            if (detail.isPresent())
                index.index(EventDoc.of(Views.fused(detail.get().event())));
            else index.delete(id);
        }
    }

    /** The index itself, for searching. */
    public SearchIndex index() {
        return index;
    }

    public void commit() {
        index.commit();
    }

    @Override
    public void close() {
        index.close();
    }
}
