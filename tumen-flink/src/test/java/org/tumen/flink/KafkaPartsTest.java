package org.tumen.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import picocli.CommandLine;

/** The Kafka parts that need no broker: reading a message, the settings and the options. */
class KafkaPartsTest {
    private static final InputReader READER = new InputReader();

    private static List<InputItem> read(String value) {
        return KafkaReports.read(READER, "reports/1/17", value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_message_is_read_as_a_jsonl_record_named_by_topic_partition_and_offset() {
        List<InputItem> items = read("{\"id\": \"a\", \"text\": \"Russia sent horses.\", \"date\": \"2022-11-06\"}");
        assertThat(items).singleElement().isInstanceOf(RawReport.class);
        RawReport report = (RawReport) items.getFirst();
        assertThat(report.id()).isEqualTo("a");
        assertThat(report.file()).isEqualTo("reports/1/17");
        assertThat(report.line()).isNull();
        assertThat(report.published()).isEqualTo(LocalDate.of(2022, 11, 6));
    }

    @Test
    void a_bad_message_becomes_a_problem_named_by_where_it_is() {
        assertThat(read("not json").getFirst().toString()).startsWith("reports/1/17: not valid JSON");
        assertThat(read("{\"id\": \"a\"}").getFirst().toString())
                .isEqualTo("reports/1/17: record a: missing or blank \"text\"");
        assertThat(read("  ").getFirst())
                .isEqualTo(new InputProblem("reports/1/17", null, "empty message (no JSON record)"));
        assertThat(read(null).getFirst()).isInstanceOf(InputProblem.class);
        assertThat(KafkaReports.read(READER, "reports/1/17", new byte[] {'{', (byte) 0xC3, '}'})
                        .getFirst()
                        .toString())
                .startsWith("reports/1/17: invalid UTF-8");
    }

    @Test
    void a_message_of_several_lines_is_read_as_a_small_collection_with_line_numbers() {
        List<InputItem> items = read("{\"id\": \"a\", \"text\": \"One.\"}\nnope\n");
        assertThat(items).hasSize(2);
        assertThat(((RawReport) items.get(0)).line()).isEqualTo(1);
        assertThat(items.get(1).toString()).startsWith("reports/1/17:2: not valid JSON");
    }

    @Test
    void an_event_is_sent_keyed_by_its_id_and_a_gone_one_as_a_tombstone() {
        var serializer = new KafkaEvents.Serializer("events");
        ProducerRecord<byte[], byte[]> sent =
                serializer.serialize(new EventMessage("ev1", "{\"id\":\"ev1\"}"), null, 0L);
        assertThat(sent.topic()).isEqualTo("events");
        assertThat(new String(sent.key(), StandardCharsets.UTF_8)).isEqualTo("ev1");
        assertThat(new String(sent.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"ev1\"}");
        assertThat(serializer.serialize(new EventMessage("ev2", null), null, 0L).value())
                .isNull();
    }

    private static JobConfig parse(String... args) {
        JobOptions options = new JobOptions();
        new CommandLine(options).parseArgs(args);
        return options.config();
    }

    @Test
    void the_options_read_a_topic_instead_of_files() {
        JobConfig config = parse(
                "--db",
                "jdbc:postgresql://db/tumen",
                "--kafka-bootstrap",
                "127.0.0.1:9092",
                "--kafka-topic",
                "reports",
                "--kafka-bounded",
                "--kafka-events-topic",
                "events");
        assertThat(config.inputs()).isEmpty();
        assertThat(config.kafka())
                .isEqualTo(new KafkaSettings("127.0.0.1:9092", "reports", KafkaSettings.DEFAULT_GROUP, true, "events"));
    }

    @Test
    void files_with_an_events_topic_are_allowed_but_files_and_a_topic_to_read_are_not() {
        assertThat(parse("--db", "jdbc:x", "--kafka-bootstrap", "h:1", "--kafka-events-topic", "ev", "in.jsonl")
                        .kafka()
                        .readsTopic())
                .isFalse();
        assertThatThrownBy(() -> parse("--db", "jdbc:x", "--kafka-bootstrap", "h:1", "--kafka-topic", "r", "in.jsonl"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> parse("--db", "jdbc:x", "--kafka-topic", "r"))
                .hasMessageContaining("--kafka-bootstrap");
        assertThatThrownBy(() -> parse("--db", "jdbc:x")).hasMessageContaining("no input");
    }
}
