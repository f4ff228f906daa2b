package org.tumen.app.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.tumen.core.model.Report;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.IngestOutcome;
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
        this(folder(options));
    }

    /** An index in {@code folder}, created when missing. */
    public Indexer(Path folder) {
        this.index = SearchIndex.open(folder);
    }

    public static Path folder(StoreOptions options) {
        return options.dataDir().resolve("index");
    }

    public void report(Report report) {
        index.index(ReportDoc.of(report));
    }

    /** A report just ingested one at a time (server, follow): the report and the events it touched, not committed. */
    public void stored(Store db, Report report, IngestOutcome outcome) {
        report(report);
        events(db, outcome.fusedEvents());
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

    /**
     * Indexes every report in force and every event from the store, as the ingest would have (a report under the id
     * it was ingested with), committing as it goes; {@code progress} is told of each report.
     */
    public int reports(Store db, Runnable progress) {
        int n = 0;
        String after = "";
        for (List<String> page; !(page = db.reportIds(after, 500)).isEmpty(); after = page.getLast()) {
            for (String id : page) {
                db.report(id)
                        .ifPresent(r -> index.index(
                                new ReportDoc(r.recordId(), r.title(), r.outlet(), r.published(), r.text())));
                n++;
                progress.run();
            }
            index.commit();
        }
        return n;
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
