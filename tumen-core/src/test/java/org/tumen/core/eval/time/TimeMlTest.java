package org.tumen.core.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tumen.core.time.TimexType;

class TimeMlTest {
    static TimeMlDocument tiny() throws IOException {
        try (InputStream in = TimeMlTest.class.getResourceAsStream("/timeml/tiny.tml")) {
            return TimeMl.read("tiny", in);
        }
    }

    @Test
    void the_creation_time_is_the_anchor_and_not_a_gold_timex() throws IOException {
        TimeMlDocument doc = tiny();
        assertThat(doc.creationDate()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(doc.timexes()).extracting(GoldTimex::tid).containsExactly("t1", "t2", "t3");
    }

    @Test
    void tags_are_stripped_and_gold_offsets_point_into_the_plain_text() throws IOException {
        TimeMlDocument doc = tiny();
        assertThat(doc.text())
                .isEqualTo("The bridge reopened Wednesday after two years; trains ran & stopped on Friday morning.");
        for (GoldTimex g : doc.timexes())
            assertThat(doc.text().substring(g.begin(), g.end())).isEqualTo(g.text());
        GoldTimex t2 = doc.timexes().get(1);
        assertThat(t2.text()).isEqualTo("two years");
        assertThat(t2.type()).isEqualTo(TimexType.DURATION);
        assertThat(t2.value()).isEqualTo("P2Y");
    }

    @Test
    void every_tempeval_platinum_file_reads_with_offsets_that_fit() throws IOException {
        Path dir = Path.of(System.getProperty("tumen.shared", "../../shared"), "eval/tempeval3/te3-platinum");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not present");
        var docs = TimeMl.readAll(dir);
        assertThat(docs).hasSize(20);
        assertThat(docs.stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(138);
        for (TimeMlDocument d : docs)
            for (GoldTimex g : d.timexes())
                assertThat(d.text().substring(g.begin(), g.end())).isEqualTo(g.text());
    }
}
