package org.tumen.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.tumen.core.ingest.InputOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command-line options, shared by {@code tumen flink-job} (as a mixin) and {@code flink run} (the job jar's
 * main class), so both read the same words the same way; {@code --data} and {@code --db} mean what they mean for
 * {@code tumen ingest}.
 */
public final class JobOptions {
    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Text files, folders or JSONL files, as for ingest (on a cluster: paths the task managers"
                    + " can read).")
    List<Path> inputs;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder: its sanctions lists, and the embedded store when --db is not given"
                    + " (default: $TUMEN_DATA or ./tumen-data).")
    Path data;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "The PostgreSQL database to write (credentials from TUMEN_DB_USER and TUMEN_DB_PASSWORD"
                    + " unless in the URL).")
    String db;

    @Option(
            names = {"-p", "--parallelism"},
            paramLabel = "N",
            description = "Extraction slots (default: all cores locally; flink run's -p on a cluster).")
    int parallelism;

    @Option(
            names = "--checkpoint-interval",
            paramLabel = "DURATION",
            description = "How often to checkpoint the position, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration checkpointInterval = Duration.ofSeconds(10);

    @Option(
            names = "--checkpoints",
            paramLabel = "DIR",
            description = "Where to keep checkpoints, so that a stopped job can resume (--restore).")
    String checkpointDir;

    @Option(
            names = "--restore",
            paramLabel = "PATH",
            description = "Resume from this checkpoint (a chk-N folder under --checkpoints) or savepoint.")
    String restoreFrom;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for every report.")
    LocalDate published;

    @Option(names = "--max-bytes", description = "Largest text accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = InputOptions.DEFAULT_MAX_TEXT_BYTES;

    /** The data folder as {@code tumen ingest} finds it: {@code --data}, {@code $TUMEN_DATA} or ./tumen-data. */
    public Path dataDir() {
        if (data != null) return data;
        String env = System.getenv("TUMEN_DATA");
        return Path.of(env == null || env.isBlank() ? "tumen-data" : env);
    }

    public JobConfig config() {
        return JobConfig.builder()
                .inputs(inputs.stream().map(p -> p.toAbsolutePath().toString()).toList())
                .dbUrl(db)
                .dataDir(dataDir().toAbsolutePath().toString())
                .parallelism(parallelism)
                .checkpointInterval(checkpointInterval)
                .checkpointDir(checkpointDir)
                .restoreFrom(restoreFrom)
                .published(published)
                .maxTextBytes(maxBytes)
                .build();
    }
}
