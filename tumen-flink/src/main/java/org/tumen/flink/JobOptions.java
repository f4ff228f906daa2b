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
            arity = "0..*",
            paramLabel = "INPUT",
            description = "Text files, folders or JSONL files, as for ingest (on a cluster: paths the task managers"
                    + " can read); none with --kafka-topic.")
    List<Path> inputs = List.of();

    @Option(
            names = "--kafka-bootstrap",
            paramLabel = "HOST:PORT",
            description = "Kafka brokers, for --kafka-topic and --kafka-events-topic.")
    String kafkaBootstrap;

    @Option(
            names = "--kafka-topic",
            paramLabel = "TOPIC",
            description = "Read reports from this topic instead of files: one JSONL record (id, text, title,"
                    + " outlet, date) a message.")
    String kafkaTopic;

    @Option(
            names = "--kafka-group",
            paramLabel = "GROUP",
            description = "Consumer group whose committed offsets say where to resume (default: "
                    + KafkaSettings.DEFAULT_GROUP
                    + ").")
    String kafkaGroup;

    @Option(
            names = "--kafka-bounded",
            description = "Stop at the end of the topic as it is when the job starts, instead of following it.")
    boolean kafkaBounded;

    @Option(
            names = "--kafka-events-topic",
            paramLabel = "TOPIC",
            description = "Write the fused events each stored report touched to this topic, as JSON keyed by"
                    + " event id (as events --json prints them; at least once).")
    String kafkaEventsTopic;

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

    /** The Kafka options as settings, or null when none is given. */
    KafkaSettings kafka() {
        if (kafkaBootstrap == null) {
            if (kafkaTopic != null || kafkaEventsTopic != null || kafkaGroup != null || kafkaBounded)
                throw new IllegalArgumentException("the Kafka options need --kafka-bootstrap");
            return null;
        }
        return new KafkaSettings(kafkaBootstrap, kafkaTopic, kafkaGroup, kafkaBounded, kafkaEventsTopic);
    }

    public JobConfig config() {
        return JobConfig.builder()
                .inputs(inputs.stream().map(p -> p.toAbsolutePath().toString()).toList())
                .kafka(kafka())
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
