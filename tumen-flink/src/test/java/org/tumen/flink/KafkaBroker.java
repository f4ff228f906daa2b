package org.tumen.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker in this JVM: one node that is both broker and KRaft controller, from Kafka's own server jars,
 * its log in a temporary folder formatted as {@code kafka-storage.sh format} does, listening on 127.0.0.1 only.
 * Closing it stops the broker and deletes the folder.
 */
final class KafkaBroker implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final KafkaRaftServer server;

    private KafkaBroker(Path dir, int port, KafkaRaftServer server) {
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    static KafkaBroker start() throws Exception {
        Path dir = Files.createTempDirectory("tumen-kafka-");
        try {
            int port = freePort();
            int controllerPort = freePort();
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            props.put("controller.listener.names", "CONTROLLER");
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("log.dirs", dir.resolve("log").toString());
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("auto.create.topics.enable", "false");
            Path config = dir.resolve("server.properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "tumen test broker");
            }
            format(config);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            server.startup();
            return new KafkaBroker(dir, port, server);
        } catch (Exception | Error e) {
            delete(dir);
            throw e;
        }
    }

    /** {@code kafka-storage.sh format -t ID -c server.properties}, with a fresh cluster id. */
    private static void format(Path config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String id = org.apache.kafka.common.Uuid.randomUuid().toString();
        int status = StorageTool.execute(
                new String[] {"format", "-t", id, "-c", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (status != 0)
            throw new IllegalStateException("formatting the log failed: " + out.toString(StandardCharsets.UTF_8));
    }

    /** A port free on 127.0.0.1 now (the broker binds it a moment later). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
