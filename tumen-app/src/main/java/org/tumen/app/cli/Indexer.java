package org.tumen.app.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tumen.core.model.Report;
import org.tumen.store.EventView;
import org.tumen.store.IngestOutcome;
import org.tumen.store.Store;
import org.tumen.store.search.EventDoc;
import org.tumen.store.search.ReportDoc;
import org.tumen.store.search.SearchIndex;

/**
 * Keeps the Lucene index beside the store in step with it. The database is the record; the index follows it. Each
 * commit marks the store's report count the index is complete for; {@link #follow} compares it with the store's: when
 * they agree, an ingest indexes only the events its reports touched, and when they do not (a crash between a database
 * commit and an index commit, a Flink job or another process that wrote to the store without this index) the events
 * are indexed again from the store, so the index heals on the next run. A report seen again as unchanged is indexed
 * again too.
 */
public final class Indexer implements AutoCloseable {
    /** The commit mark: the count of stored reports the index holds every event of. */
    static final String STORE_REPORTS = "tumen.store.reports";

    private final SearchIndex index;
    /** The store's report count this index is complete for, kept up with this indexer's own ingests; null: unknown. */
    private Long complete;

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

    /**
     * Whether the index holds every event of the store as it is now: its last commit marked the store's present
     * report count. From here on the indexer follows its own ingests ({@link #stored}); when the answer is no, the
     * caller indexes every event again ({@link #events(Store)}).
     */
    public boolean follow(Store db) {
        long now = db.reportCount();
        complete = String.valueOf(now).equals(index.marks().get(STORE_REPORTS)) ? now : null;
        return complete != null;
    }

    /** A report just ingested: the report and the events it touched, not committed. */
    public void stored(Store db, Report report, IngestOutcome outcome) {
        report(report);
        events(db, outcome.fusedEvents());
        boolean added =
                outcome.status() == IngestOutcome.Status.STORED || outcome.status() == IngestOutcome.Status.REVISED;
        if (complete != null && added) complete++;
    }

    /** Re-indexes every event in force, page by page, and commits: the index is then complete for the store. */
    public void events(Store db) {
        long before = db.reportCount();
        String after = "";
        for (List<EventView> page;
                !(page = db.eventsById(after, 1000)).isEmpty();
                after = page.getLast().id()) {
            for (EventView e : page) index.index(EventDoc.of(Views.fused(e)));
        }
        // what was stored while the events were read may be missing: the count before them is what is certain
        complete = before;
        commit();
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

    /** Commits what was indexed, marked with the report count the index is complete for when that is known. */
    public void commit() {
        index.commit(complete == null ? Map.of() : Map.of(STORE_REPORTS, complete.toString()));
    }

    @Override
    public void close() {
        index.close();
    }
}
