package org.tumen.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where the job meets Kafka: the topic it reads reports from, the topic it writes events to, or both.
 *
 * @param bootstrap the brokers, {@code HOST:PORT[,HOST:PORT…]}
 * @param topic the topic of reports to read (one JSONL record a message), or null to read the input files
 * @param group the consumer group whose committed offsets say where to resume
 * @param bounded stop at the end offsets found when the job starts, rather than follow the topic until cancelled
 * @param eventsTopic the topic to write each stored report's fused events to, or null for none
 */
public record KafkaSettings(String bootstrap, String topic, String group, boolean bounded, String eventsTopic)
        implements Serializable {
    public static final String DEFAULT_GROUP = "tumen-ingest";

    public KafkaSettings {
        Objects.requireNonNull(bootstrap, "bootstrap");
        if (bootstrap.isBlank()) throw new IllegalArgumentException("the Kafka bootstrap servers are blank");
        topic = blankToNull(topic);
        eventsTopic = blankToNull(eventsTopic);
        group = group == null || group.isBlank() ? DEFAULT_GROUP : group;
        if (topic == null && eventsTopic == null)
            throw new IllegalArgumentException("Kafka servers given but no topic to read or write");
        if (bounded && topic == null) throw new IllegalArgumentException("bounded reading needs a topic to read");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether reports come from the topic rather than from files. */
    public boolean readsTopic() {
        return topic != null;
    }
}
