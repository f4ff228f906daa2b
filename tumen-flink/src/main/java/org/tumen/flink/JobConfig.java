package org.tumen.flink;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tumen.core.ingest.InputOptions;

/**
 * What the job reads, where it writes and how it runs. Strings rather than paths, because the configuration travels
 * to the task managers with the job and paths are read there.
 *
 * @param inputs text files, folders and JSONL files, as for {@code tumen ingest}; readable on the task managers;
 *     empty when the reports come from a Kafka topic
 * @param kafka the Kafka topic to read reports from and/or to write events to, or null for neither
 * @param dbUrl the store's JDBC URL (PostgreSQL on a cluster), or null for the embedded store in {@code dataDir}
 * @param dataDir the data folder: its sanctions lists screen parties, and it holds the embedded store when there is
 *     no URL; null means the bundled lists (and then a URL is required)
 * @param parallelism extraction slots; 0 for the environment's default (what {@code flink run -p} says)
 * @param checkpointInterval how often the job checkpoints its position; null to leave it to the cluster
 * @param checkpointDir where checkpoints go (a path or URI), kept when the job is cancelled; null for the cluster's
 * @param restoreFrom a checkpoint or savepoint to resume from (local runs; {@code flink run -s} on a cluster)
 * @param published the publication date of every report, or null to read it from the input
 * @param maxTextBytes the largest text accepted
 */
public record JobConfig(
        List<String> inputs,
        KafkaSettings kafka,
        String dbUrl,
        String dataDir,
        int parallelism,
        Duration checkpointInterval,
        String checkpointDir,
        String restoreFrom,
        LocalDate published,
        long maxTextBytes)
        implements Serializable {
    public JobConfig {
        inputs = List.copyOf(inputs);
        boolean topic = kafka != null && kafka.readsTopic();
        if (inputs.isEmpty() && !topic) throw new IllegalArgumentException("no input given");
        if (!inputs.isEmpty() && topic)
            throw new IllegalArgumentException("give input files or a Kafka topic to read, not both");
        if (dbUrl == null && dataDir == null) throw new IllegalArgumentException("give a data folder or a JDBC URL");
        if (parallelism < 0) throw new IllegalArgumentException("parallelism must not be negative: " + parallelism);
        if (maxTextBytes < 1) throw new IllegalArgumentException("maxTextBytes must be positive: " + maxTextBytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .inputs(inputs)
                .kafka(kafka)
                .dbUrl(dbUrl)
                .dataDir(dataDir)
                .parallelism(parallelism)
                .checkpointInterval(checkpointInterval)
                .checkpointDir(checkpointDir)
                .restoreFrom(restoreFrom)
                .published(published)
                .maxTextBytes(maxTextBytes);
    }

    /** Defaults: parallelism from the environment, a checkpoint every 10 s, the reader's size limit. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private KafkaSettings kafka;
        private String dbUrl;
        private String dataDir;
        private int parallelism;
        private Duration checkpointInterval = Duration.ofSeconds(10);
        private String checkpointDir;
        private String restoreFrom;
        private LocalDate published;
        private long maxTextBytes = InputOptions.DEFAULT_MAX_TEXT_BYTES;

        public Builder inputs(List<String> value) {
            inputs = Objects.requireNonNull(value, "inputs");
            return this;
        }

        public Builder kafka(KafkaSettings value) {
            kafka = value;
            return this;
        }

        public Builder dbUrl(String value) {
            dbUrl = value == null || value.isBlank() ? null : value;
            return this;
        }

        public Builder dataDir(String value) {
            dataDir = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder checkpointInterval(Duration value) {
            checkpointInterval = value;
            return this;
        }

        public Builder checkpointDir(String value) {
            checkpointDir = value;
            return this;
        }

        public Builder restoreFrom(String value) {
            restoreFrom = value;
            return this;
        }

        public Builder published(LocalDate value) {
            published = value;
            return this;
        }

        public Builder maxTextBytes(long value) {
            maxTextBytes = value;
            return this;
        }

        public JobConfig build() {
            return new JobConfig(
                    inputs,
                    kafka,
                    dbUrl,
                    dataDir,
                    parallelism,
                    checkpointInterval,
                    checkpointDir,
                    restoreFrom,
                    published,
                    maxTextBytes);
        }
    }
}
