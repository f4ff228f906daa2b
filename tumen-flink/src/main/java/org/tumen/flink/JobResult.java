package org.tumen.flink;

import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * What a finished run did, from the job's counters.
 *
 * @param extracted items the extract step handled in this run (after a restore: only those after the checkpoint)
 * @param seconds the job's run time, from the start of its tasks to the end of the last
 * @param extractSeconds time spent extracting, summed over the slots
 * @param storeSeconds time the one writer spent storing
 */
public record JobResult(
        long extracted,
        long stored,
        long revised,
        long unchanged,
        long failed,
        double seconds,
        double extractSeconds,
        double storeSeconds) {

    static JobResult of(JobExecutionResult result) {
        Map<String, Object> counters = result.getAllAccumulatorResults();
        return new JobResult(
                count(counters, Extract.EXTRACTED),
                count(counters, OrderedStoreWriter.STORED),
                count(counters, OrderedStoreWriter.REVISED),
                count(counters, OrderedStoreWriter.UNCHANGED),
                count(counters, OrderedStoreWriter.FAILED),
                result.getNetRuntime() / 1000.0,
                count(counters, Extract.NANOS) / 1e9,
                count(counters, OrderedStoreWriter.NANOS) / 1e9);
    }

    private static long count(Map<String, Object> counters, String name) {
        return counters.get(name) instanceof Number n ? n.longValue() : 0;
    }

    /** Items the writer took in this run: stored, revised, unchanged and failed alike. */
    public long written() {
        return stored + revised + unchanged + failed;
    }

    /** Items written per second of run time. */
    public double reportsPerSecond() {
        return written() / Math.max(1e-9, seconds);
    }

    /** What one slot extracts per second of its own busy time: the figure to size a cluster by. */
    public double extractedPerSlotSecond() {
        return extracted / Math.max(1e-9, extractSeconds);
    }

    /** What the one writer could store per second were it never kept waiting: the ceiling of any cluster. */
    public double storedPerWriterSecond() {
        return written() / Math.max(1e-9, storeSeconds);
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "flink-job: %d stored, %d revised, %d unchanged, %d failed; %d extracted in %.1f s (%.2f reports/s;"
                        + " a slot extracts %.2f reports/s, the writer stores %.1f reports/s)",
                stored,
                revised,
                unchanged,
                failed,
                extracted,
                seconds,
                reportsPerSecond(),
                extractedPerSlotSecond(),
                storedPerWriterSecond());
    }
}
