package org.tumen.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The job reading reports from a real Kafka broker (KRaft, in this JVM, on 127.0.0.1) into PostgreSQL at {@code
 * TUMEN_TEST_PG_URL} (a schema of its own), and writing the events topic.
 */
class KafkaIngestJobIT {
    private static final String SERVER = System.getenv("TUMEN_TEST_PG_URL");
    private static final Path DPRK =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");
    private static final int REPORTS = 24;

    private static Pipeline pipeline;
    private static KafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void start_the_broker_and_load_the_models() throws Exception {
        if (SERVER == null || SERVER.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but TUMEN_TEST_PG_URL is not set: the Kafka job test cannot run");
            assumeTrue(false, "TUMEN_TEST_PG_URL is not set; Kafka job test skipped");
        }
        broker = KafkaBroker.start();
        pipeline = Stages.pipeline(null);
    }

    @AfterAll
    static void stop_the_broker() throws Exception {
        if (broker != null) broker.close();
    }

    @Test
    void reports_from_a_topic_are_stored_once_each_their_events_sent_and_a_rerun_on_the_group_reads_nothing()
            throws Exception {
        String schema = newSchema();
        try {
            createTopics(new NewTopic("reports", 2, (short) 1), new NewTopic("events", 1, (short) 1));
            List<String> lines = corpus(REPORTS);
            String bad = produce(lines);

            JobConfig config = config(schema, "tumen-it");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            JobResult first = withStderrCopiedTo(log, () -> IngestJob.runLocal(config));
            System.out.println("from the topic: " + first.summary());

            Set<String> hashes = contentHashes(lines);
            try (Store db = open(schema)) {
                assertThat(db.stats().reports()).isEqualTo(hashes.size());
                for (String hash : hashes) assertThat(db.report(hash)).as(hash).isPresent();
                assertThat(first.stored() + first.revised()).isEqualTo(hashes.size());
                assertThat(first.unchanged()).isEqualTo(REPORTS - hashes.size());
                assertThat(first.failed()).isOne();
                assertThat(log.toString(StandardCharsets.UTF_8)).contains("error: " + bad + ": not valid JSON");

                Map<String, String> expected = eventsAsJson(db);
                assertThat(expected).hasSizeGreaterThan(5);
                Map<String, String> sent = latestByKey(consumeAll("events"));
                assertThat(sent).isEqualTo(expected);
            }

            // the offsets were committed on the last checkpoint: the same group starts after them
            JobResult again = IngestJob.runLocal(config);
            assertThat(again.extracted()).isZero();
            assertThat(again.written()).isZero();

            // a new group reads the topic from the start: every report is found unchanged, and its events are sent
            // again (what happens to the reports written between a checkpoint and a failure)
            int before = consumeAll("events").size();
            JobResult replay = IngestJob.runLocal(config(schema, "tumen-it-replay"));
            assertThat(replay.unchanged()).isEqualTo(REPORTS);
            assertThat(replay.failed()).isOne();
            List<ConsumerRecord<String, String>> all = consumeAll("events");
            assertThat(all.size()).isGreaterThan(before);
            try (Store db = open(schema)) {
                assertThat(db.stats().reports()).isEqualTo(hashes.size());
                Map<String, String> expected = eventsAsJson(db);
                assertThat(latestByKey(all)).isEqualTo(expected);
                assertThat(all.subList(before, all.size()))
                        .extracting(ConsumerRecord::key)
                        .containsOnlyElementsOf(expected.keySet());
            }
        } finally {
            dropSchema(schema);
        }
    }

    private JobConfig config(String schema, String group) {
        return JobConfig.builder()
                .kafka(new KafkaSettings(broker.bootstrap(), "reports", group, true, "events"))
                .dbUrl(url(schema))
                .dataDir(dir.resolve("data").toString())
                .parallelism(2)
                .checkpointInterval(Duration.ofSeconds(1))
                .build();
    }

    private static List<String> corpus(int n) throws Exception {
        try (Stream<String> all = Files.lines(DPRK)) {
            List<String> lines = all.filter(l -> !l.isBlank()).limit(n).toList();
            assertThat(lines).hasSize(n);
            return lines;
        }
    }

    /** Sends the reports keyed by record id, and one malformed message in the middle; returns the bad one's name. */
    private static String produce(List<String> lines) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String bad = null;
        try (var producer = new KafkaProducer<>(clientProperties(), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < lines.size(); i++) {
                if (i == lines.size() / 2) {
                    RecordMetadata m = producer.send(new ProducerRecord<>("reports", "bad", "{\"id\": \"x\", \"text\""))
                            .get();
                    bad = KafkaReports.name(m.topic(), m.partition(), m.offset());
                }
                String id = json.readTree(lines.get(i)).get("id").asText();
                producer.send(new ProducerRecord<>("reports", id, lines.get(i))).get();
            }
        }
        return bad;
    }

    /** Every message on the topic, read up to the end offsets as they are now. */
    private static List<ConsumerRecord<String, String>> consumeAll(String topic) {
        Properties props = clientProperties();
        props.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("reading " + topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** What a compacted topic would keep: each key's last value, tombstones removing the key. */
    private static Map<String, String> latestByKey(List<ConsumerRecord<String, String>> records) {
        Map<String, String> latest = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (r.value() == null) latest.remove(r.key());
            else latest.put(r.key(), r.value());
        }
        return latest;
    }

    /** Every event in force as {@code tumen events --json} prints it, by id. */
    private static Map<String, String> eventsAsJson(Store db) {
        return db.events(EventQuery.builder().limit(100_000).build()).stream()
                .collect(Collectors.toMap(EventView::id, e -> e.toJson().toString(), (a, b) -> a, TreeMap::new));
    }

    private static Set<String> contentHashes(List<String> lines) {
        Set<String> hashes = new LinkedHashSet<>();
        InputReader reader = new InputReader();
        for (String line : lines) {
            for (var item : KafkaReports.read(reader, "x", line.getBytes(StandardCharsets.UTF_8))) {
                if (item instanceof RawReport raw)
                    hashes.add(Store.contentHash(raw.clean(pipeline.cleaner()).text()));
            }
        }
        return hashes;
    }

    private interface Run {
        JobResult run() throws Exception;
    }

    /** Runs with what goes to stderr (where the writer logs the failed items) also kept in {@code copy}. */
    private static JobResult withStderrCopiedTo(ByteArrayOutputStream copy, Run run) throws Exception {
        PrintStream err = System.err;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                err.write(b, off, len);
                copy.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
        try {
            return run.run();
        } finally {
            System.setErr(err);
        }
    }

    private static void createTopics(NewTopic... topics) throws Exception {
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createTopics(List.of(topics)).all().get();
        }
    }

    private static Properties clientProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", broker.bootstrap());
        return props;
    }

    private static String newSchema() throws Exception {
        String schema = "flink_kafka_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(SERVER);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    private static void dropSchema(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String url(String schema) {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private Store open(String schema) {
        return Stages.store(StoreConfig.jdbc(url(schema)), dir.resolve("data"));
    }
}
