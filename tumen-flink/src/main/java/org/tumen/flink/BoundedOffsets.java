package org.tumen.flink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a bounded run of a topic stops: the end of every partition when the run starts. The source stops there, and
 * when the job has finished these offsets are committed to the consumer group. The connector commits offsets
 * asynchronously when a checkpoint completes, and the commit of a job's last checkpoint can be lost as the job
 * ends, which left a finished run to be read again by the same group; a finished bounded run has read exactly up to
 * here, so committing it is what "resume after what was read" means.
 */
record BoundedOffsets(String group, Map<TopicPartition, Long> ends) implements java.io.Serializable {

    /** The topic's end offsets now, asked of the brokers. */
    static BoundedOffsets at(KafkaSettings kafka) throws ExecutionException, InterruptedException {
        try (Admin admin = admin(kafka)) {
            List<TopicPartition> partitions = admin
                    .describeTopics(List.of(kafka.topic()))
                    .allTopicNames()
                    .get()
                    .get(kafka.topic())
                    .partitions()
                    .stream()
                    .map(p -> new TopicPartition(kafka.topic(), p.partition()))
                    .toList();
            Map<TopicPartition, OffsetSpec> latest =
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
            return new BoundedOffsets(kafka.group(), Map.copyOf(ends));
        }
    }

    /** Commits the stopping offsets to the group: called once the job has finished. */
    void commit(KafkaSettings kafka) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        ends.forEach((p, offset) -> offsets.put(p, new OffsetAndMetadata(offset)));
        try (Admin admin = admin(kafka)) {
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
        }
    }

    private static Admin admin(KafkaSettings kafka) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        return Admin.create(p);
    }
}
