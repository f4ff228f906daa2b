package org.tumen.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The events topic: after each report is stored, the fused events it touched, in their new state, keyed by event id
 * (so a compacted topic keeps each event's latest state). At least once: the writer's messages are flushed on every
 * checkpoint; after a failure the reports written since the last checkpoint are written again, found unchanged, and
 * their events sent again.
 */
final class KafkaEvents {
    private KafkaEvents() {}

    static KafkaSink<EventMessage> sink(KafkaSettings kafka) {
        return KafkaSink.<EventMessage>builder()
                .setBootstrapServers(kafka.bootstrap())
                .setRecordSerializer(new Serializer(kafka.eventsTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    static final class Serializer implements KafkaRecordSerializationSchema<EventMessage> {
        private final String topic;

        Serializer(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(EventMessage event, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    topic,
                    event.id().getBytes(StandardCharsets.UTF_8),
                    event.json() == null ? null : event.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
