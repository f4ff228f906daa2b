package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tumen.app.service.Folders;
import org.tumen.core.pipeline.Pipelines;
import org.tumen.flink.IngestJob;
import org.tumen.flink.JobConfig;
import org.tumen.flink.JobOptions;
import org.tumen.flink.JobResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tumen flink-job}: the ingest as an Apache Flink job on a MiniCluster in this JVM, the same job that {@code
 * flink run} starts on a cluster from the job jar (docs/scale-out.md).
 */
@Command(
        name = "flink-job",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest as an Apache Flink job on this machine: extraction on every slot, one writer in input order.",
            "The store ends as ingest would leave it; a stopped run resumes from --checkpoints with --restore."
        })
public final class FlinkJobCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Option(
            names = "--bench",
            description = "Measure instead: run at parallelism 1, then at -p (at least 2), each into a new embedded"
                    + " store in a temporary folder, and print reports/s and the ratio.")
    boolean bench;

    @Override
    public Integer call() throws Exception {
        return bench ? bench(System.out, System.err) : run(System.out);
    }

    private int run(PrintStream out) throws Exception {
        JobResult result = IngestJob.runLocal(job.config());
        out.println(result.summary());
        return result.failed() == 0 ? 0 : 1;
    }

    private int bench(PrintStream out, PrintStream err) throws Exception {
        JobConfig config = job.config();
        int wide = Math.max(2, config.parallelism());
        err.println("flink-job: loading the models (not timed)…");
        Pipelines.get();
        Path scratch = Files.createTempDirectory("tumen-flink-bench");
        try {
            JobResult one = once(config, 1, scratch, out);
            JobResult many = once(config, wide, scratch, out);
            out.printf(
                    Locale.ROOT,
                    "bench: %d reports; parallelism 1: %.2f reports/s, parallelism %d: %.2f reports/s, ratio %.2f%n",
                    many.written(),
                    one.reportsPerSecond(),
                    wide,
                    many.reportsPerSecond(),
                    many.reportsPerSecond() / one.reportsPerSecond());
        } finally {
            Folders.delete(scratch);
        }
        return 0;
    }

    private static JobResult once(JobConfig config, int parallelism, Path scratch, PrintStream out) throws Exception {
        Path data = scratch.resolve("p" + parallelism);
        JobResult result = IngestJob.runLocal(config.toBuilder()
                .parallelism(parallelism)
                .dbUrl(null)
                .dataDir(data.toString())
                .checkpointDir(null)
                .restoreFrom(null)
                .build());
        out.println("parallelism " + parallelism + ": " + result.summary());
        return result;
    }
}
