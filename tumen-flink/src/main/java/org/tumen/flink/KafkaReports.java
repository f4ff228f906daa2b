package org.tumen.flink;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;

/**
 * Reports from a Kafka topic: each message one report in the JSONL record format the file input reads ({@code id},
 * {@code text}, optional {@code title}, {@code outlet}, {@code date}), parsed by the same {@link InputReader}. A
 * message that is no such record becomes an input problem named {@code topic/partition/offset}, counted as failed.
 *
 * <p>One reader takes every partition and a {@link Sequencer} numbers the items in the order it hands them on, so the
 * ordered writer stores each partition's reports in offset order; between partitions the order is the order of
 * arrival (Kafka orders nothing across partitions). Offsets are committed to the consumer group when a checkpoint
 * completes, and a job started on the same group resumes after them.
 */
final class KafkaReports {
    private KafkaReports() {}

    /**
     * The topic's reports, numbered in the order they are read; a bounded run stops at {@code stop} (or, without it,
     * at the end of the topic when the source starts).
     */
    static DataStream<Numbered<InputItem>> items(
            StreamExecutionEnvironment env, JobConfig config, BoundedOffsets stop) {
        KafkaSettings kafka = config.kafka();
        KafkaSourceBuilder<InputItem> source = KafkaSource.<InputItem>builder()
                .setBootstrapServers(kafka.bootstrap())
                .setTopics(kafka.topic())
                .setGroupId(kafka.group())
                .setClientIdPrefix(kafka.group())
                .setStartingOffsets(committedOrEarliest())
                .setDeserializer(new Messages(config.maxTextBytes(), config.published()));
        if (stop != null) source.setBounded(OffsetsInitializer.offsets(stop.ends()));
        else if (kafka.bounded()) source.setBounded(OffsetsInitializer.latest());
        return env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "kafka reports")
                .uid("kafka-reports")
                .setParallelism(1)
                .map(new Sequencer())
                .returns(JavaSerialized.<InputItem>numbered())
                .uid("sequence")
                .name("sequence")
                .setParallelism(1)
                .setMaxParallelism(1);
    }

    @SuppressWarnings("deprecation") // the connector still takes the Kafka 3 enum
    private static OffsetsInitializer committedOrEarliest() {
        return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
    }

    /** The name a message's problems and reports carry: where to find it again. */
    static String name(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    /**
     * What one message holds: normally one report or one problem. A message of several lines is read as a small JSONL
     * collection, its items keeping their line numbers; a one-line message's items carry the message's name alone.
     */
    static List<InputItem> read(InputReader reader, String name, byte[] value) {
        if (value == null || new String(value, java.nio.charset.StandardCharsets.UTF_8).isBlank())
            return List.of(new InputProblem(name, null, "empty message (no JSON record)"));
        List<InputItem> items;
        try (Stream<InputItem> lines = reader.jsonLines(name, new ByteArrayInputStream(value))) {
            items = lines.toList();
        }
        if (items.size() != 1) return items;
        return List.of(
                switch (items.getFirst()) {
                    case InputProblem p -> new InputProblem(p.file(), null, p.message());
                    case RawReport r ->
                        new RawReport(r.id(), r.file(), null, r.title(), r.outlet(), r.published(), r.text());
                });
    }

    /** Turns a record's value into input items, named by topic, partition and offset. */
    static final class Messages implements KafkaRecordDeserializationSchema<InputItem> {
        private final long maxTextBytes;
        private final LocalDate published;
        private transient InputReader reader;

        Messages(long maxTextBytes, LocalDate published) {
            this.maxTextBytes = maxTextBytes;
            this.published = published;
        }

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            reader = new InputReader(new InputOptions(maxTextBytes, published));
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<InputItem> out) {
            String name = name(record.topic(), record.partition(), record.offset());
            for (InputItem item : read(reader, name, record.value())) out.collect(item);
        }

        @Override
        public TypeInformation<InputItem> getProducedType() {
            return JavaSerialized.forType(InputItem.class);
        }
    }
}
