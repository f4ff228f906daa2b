package org.tumen.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputProblem;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;

/** The job's parts that need no models and no cluster: the numbered source, its checkpoints and the wire format. */
class JobPartsTest {
    @TempDir
    Path dir;

    private Path jsonl() throws Exception {
        return Files.writeString(dir.resolve("reports.jsonl"), """
                {"id": "a", "text": "Russia sent horses.", "date": "2022-11-06"}
                not json
                {"id": "b", "text": "A train crossed the bridge."}
                {"id": "c", "text": "Both deny it.", "outlet": "Somewhere"}
                """);
    }

    private static List<Numbered<InputItem>> drain(InputSource.Items items) {
        List<Numbered<InputItem>> out = new ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }

    @Test
    void the_source_numbers_every_item_in_reading_order_problems_included() throws Exception {
        var split = new InputSource.Split(List.of(jsonl().toString()), 1 << 20, null, 0);
        List<Numbered<InputItem>> items = drain(split.getIterator());
        assertThat(items).extracting(Numbered::seq).containsExactly(0L, 1L, 2L, 3L);
        assertThat(items.get(1).value()).isInstanceOf(InputProblem.class);
        assertThat(((RawReport) items.get(3).value()).id()).isEqualTo("c");
    }

    @Test
    void a_split_taken_at_a_checkpoint_resumes_after_the_items_already_emitted() throws Exception {
        var split = new InputSource.Split(List.of(jsonl().toString()), 1 << 20, null, 0);
        InputSource.Items items = split.getIterator();
        items.next();
        items.next();
        var resumed = (InputSource.Split) split.getUpdatedSplitForIterator(items);
        assertThat(resumed.skip()).isEqualTo(2);
        List<Numbered<InputItem>> rest = drain(resumed.getIterator());
        assertThat(rest).extracting(Numbered::seq).containsExactly(2L, 3L);
        assertThat(((RawReport) rest.getFirst().value()).id()).isEqualTo("b");
    }

    @Test
    void splits_and_the_enumerator_checkpoint_survive_their_serializers() throws Exception {
        var split = new InputSource.Split(List.of("/a/b.jsonl", "/c"), 1234, LocalDate.of(2022, 11, 6), 7);
        var splits = new InputSource.SplitSerializer();
        assertThat(splits.deserialize(1, splits.serialize(split))).isEqualTo(split);
        var undated = new InputSource.Split(List.of("/x"), 99, null, 0);
        var checkpoints = new InputSource.CheckpointSerializer();
        assertThat(checkpoints.deserialize(1, checkpoints.serialize(List.of(split, undated))))
                .containsExactly(split, undated);
    }

    @Test
    void an_extraction_crosses_between_tasks_unchanged() throws Exception {
        String text = "Russia sent 30 Orlov Trotter horses to North Korea.";
        Report report = new Report("r1", "f.jsonl", "Horses", "Outlet", LocalDate.of(2022, 11, 6), text);
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("supplier", "RUS");
        roles.put("recipient", "PRK");
        roles.put("item", "Orlov Trotter horses");
        roles.put("quantity", 30);
        Event event = new Event("e1", "TRANSFER", roles, "2022-11", "asserted", List.of("KCNA"), Span.of(text, 0, 11));
        Flag flag = new Flag(
                "UN-DPRK/x",
                "UN-DPRK",
                "UNSCR 2397",
                "horses",
                null,
                List.of("PRK"),
                "after",
                "possible",
                "why",
                true,
                false);
        Extraction x = new Extraction(
                report,
                List.of(event),
                List.of(new EntityRef("COUNTRY", "Russia", "RUS", List.of(Span.of(text, 0, 6)))),
                12,
                Map.of("e1", List.of(flag)));
        Numbered<Extracted> sent = new Numbered<>(41, new Extracted.Read(x));

        var serializer = new JavaSerialized.Serializer();
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(sent, out);
        Numbered<?> received = (Numbered<?>) serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(received).isEqualTo(sent);
        assertThat(((Extracted.Read) received.value()).extraction().flags("e1")).containsExactly(flag);
    }

    @Test
    void a_lost_connection_is_told_apart_from_a_refused_report() {
        var lost = new RuntimeException(new java.sql.SQLException("gone", "08006"));
        var refused = new RuntimeException(new java.sql.SQLException("too long", "22001"));
        assertThat(OrderedStoreWriter.lostDatabase(lost)).isTrue();
        assertThat(OrderedStoreWriter.lostDatabase(refused)).isFalse();
    }
}
