package org.tumen.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.store.EventDetail;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.IngestOutcome;
import org.tumen.store.Provenance;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The one writer: stores extractions in input order, one transaction per report, as {@code tumen ingest}'s writer
 * does. Fusion merges a report's events into those already stored and so depends on what came before; writing in
 * input order makes the job's store the CLI's, whatever slot finished first. Extractions that arrive early wait in a
 * buffer that is part of the checkpoint, as is the number of the next one to write.
 *
 * <p>Exactly once: after a restore the source resumes at its checkpointed position; reports written after the
 * checkpoint come again, and the store, idempotent by content hash, finds them unchanged.
 *
 * <p>With {@code events} on, emits after each stored report the fused events it touched, in their new state, for the
 * events topic; a report found unchanged (one written again after a restore, or sent twice) emits the events that cite
 * it, so that none is lost between the last checkpoint and a failure.
 */
final class OrderedStoreWriter extends ProcessFunction<Numbered<Extracted>, EventMessage>
        implements CheckpointedFunction {
    static final String STORED = "tumen.stored";
    static final String REVISED = "tumen.revised";
    static final String UNCHANGED = "tumen.unchanged";
    static final String FAILED = "tumen.failed";
    static final String NANOS = "tumen.store.nanos";

    private static final Logger LOG = LoggerFactory.getLogger(OrderedStoreWriter.class);

    private final String url;
    private final String dataDir;
    private final boolean events;

    private transient Store store;
    private transient Provenance provenance;
    private transient TreeMap<Long, Numbered<Extracted>> waiting;
    private transient long next;
    private transient ListState<Numbered<Extracted>> waitingState;
    private transient ListState<Long> nextState;
    private transient Map<IngestOutcome.Status, LongCounter> outcomes;
    private transient LongCounter failed;
    private transient LongCounter nanos;

    /**
     * @param url the store's JDBC URL, or null for the embedded store in {@code dataDir}
     * @param dataDir the data folder: its sanctions lists, and the embedded store when there is no URL
     * @param events whether to emit the events each report touched
     */
    OrderedStoreWriter(String url, String dataDir, boolean events) {
        this.url = url;
        this.dataDir = dataDir;
        this.events = events;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        waitingState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("waiting", JavaSerialized.<Extracted>numbered()));
        nextState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Types.LONG));
        waiting = new TreeMap<>();
        next = 0;
        if (context.isRestored()) {
            for (Numbered<Extracted> n : waitingState.get()) waiting.put(n.seq(), n);
            for (Long n : nextState.get()) next = Math.max(next, n);
            LOG.info("restored: next report to store is item {}, {} extracted ones waiting", next, waiting.size());
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        waitingState.update(new ArrayList<>(waiting.values()));
        nextState.update(List.of(next));
    }

    @Override
    public void open(OpenContext context) {
        Path data = dataDir == null ? null : Path.of(dataDir);
        store = Stages.store(StoreConfig.of(data, url), data);
        provenance = Provenance.current(Stages.pipeline(data).languageDescription());
        outcomes = Map.of(
                IngestOutcome.Status.STORED, getRuntimeContext().getLongCounter(STORED),
                IngestOutcome.Status.REVISED, getRuntimeContext().getLongCounter(REVISED),
                IngestOutcome.Status.UNCHANGED, getRuntimeContext().getLongCounter(UNCHANGED));
        failed = getRuntimeContext().getLongCounter(FAILED);
        nanos = getRuntimeContext().getLongCounter(NANOS);
    }

    @Override
    public void processElement(Numbered<Extracted> item, Context context, Collector<EventMessage> out) {
        if (item.seq() < next) return; // already written before the checkpoint this run resumed from
        waiting.put(item.seq(), item);
        for (Numbered<Extracted> head = waiting.remove(next); head != null; head = waiting.remove(next)) {
            long start = System.nanoTime();
            write(head.value(), out);
            nanos.add(System.nanoTime() - start);
            next++;
        }
    }

    private void write(Extracted value, Collector<EventMessage> out) {
        switch (value) {
            case Extracted.Failed f -> {
                failed.add(1);
                LOG.warn("error: {}", f.message());
            }
            case Extracted.Read r -> {
                Extraction x = r.extraction();
                try {
                    IngestOutcome outcome = store.ingest(x, provenance);
                    outcomes.get(outcome.status()).add(1);
                    if (events) emitEvents(x, outcome, out);
                } catch (RuntimeException e) {
                    if (lostDatabase(e)) throw e;
                    failed.add(1);
                    LOG.warn(
                            "error: {} ({}): not stored: {}",
                            x.report().file(),
                            x.report().id(),
                            e.getMessage());
                }
            }
        }
    }

    private void emitEvents(Extraction x, IngestOutcome outcome, Collector<EventMessage> out) {
        Collection<String> ids = outcome.changed() ? outcome.fusedEvents() : eventsCiting(x, outcome.reportId());
        for (String id : new LinkedHashSet<>(ids)) {
            String json = store.event(id)
                    .map(EventDetail::event)
                    .filter(e -> e.assessment() != null) // not listed by `tumen events` any more: gone here too
                    .map(e -> e.toJson().toString())
                    .orElse(null);
            out.collect(new EventMessage(id, json));
        }
    }

    /**
     * The events whose claims cite a stored report: one query per event type the report mentions, since the store
     * keeps no index from reports to events. Only reports found unchanged come here, which is rare.
     */
    private List<String> eventsCiting(Extraction x, String reportId) {
        Set<String> types = new TreeSet<>();
        for (Event e : x.events()) types.add(e.type());
        List<String> ids = new ArrayList<>();
        for (String type : types) {
            EventQuery query =
                    EventQuery.builder().type(type).limit(Integer.MAX_VALUE).build();
            for (EventView e : store.events(query)) {
                if (e.claims().stream().anyMatch(c -> reportId.equals(c.reportId()))) ids.add(e.id());
            }
        }
        return ids;
    }

    /**
     * A lost connection fails the task, so Flink restarts it from the last checkpoint, rather than counting every
     * report until the database is back as failed (the CLI, which a user reruns, counts them). A report the database
     * refuses is counted as failed, as by the CLI.
     */
    static boolean lostDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s
                    && s.getSQLState() != null
                    && s.getSQLState().startsWith("08")) return true;
            if (t instanceof java.sql.SQLTransientConnectionException) return true;
        }
        return false;
    }

    @Override
    public void close() {
        if (store != null) store.close();
        if (waiting != null && !waiting.isEmpty())
            LOG.info("closing with {} extracted reports waiting for item {}", waiting.size(), next);
    }
}
