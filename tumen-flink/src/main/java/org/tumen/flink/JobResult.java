package org.tumen.flink;

import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * What a finished run did, from the job's counters.
 *
 * @param extracted items the extract step handled in this run (after a restore: only those after the checkpoint)
 * @param seconds the job's run time, from the start of its tasks to the end of the last
 */
public record JobResult(long extracted, long stored, long revised, long unchanged, long failed, double seconds) {

    static JobResult of(JobExecutionResult result) {
        Map<String, Object> counters = result.getAllAccumulatorResults();
        return new JobResult(
                count(counters, Extract.EXTRACTED),
                count(counters, OrderedStoreWriter.STORED),
                count(counters, OrderedStoreWriter.REVISED),
                count(counters, OrderedStoreWriter.UNCHANGED),
                count(counters, OrderedStoreWriter.FAILED),
                result.getNetRuntime() / 1000.0);
    }

    private static long count(Map<String, Object> counters, String name) {
        return counters.get(name) instanceof Number n ? n.longValue() : 0;
    }

    /** Reports written per second of run time (stored, revised, unchanged and failed alike). */
    public double reportsPerSecond() {
        return (stored + revised + unchanged + failed) / Math.max(1e-9, seconds);
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "flink-job: %d stored, %d revised, %d unchanged, %d failed; %d extracted in %.1f s (%.2f reports/s)",
                stored,
                revised,
                unchanged,
                failed,
                extracted,
                seconds,
                reportsPerSecond());
    }
}
