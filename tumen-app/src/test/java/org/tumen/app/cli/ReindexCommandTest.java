package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.web.FakeExtractor;
import org.tumen.core.ingest.RawReport;
import org.tumen.store.Provenance;
import org.tumen.store.StandardStore;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import org.tumen.store.search.SearchHit;
import org.tumen.store.search.SearchIndex;

/** A store written without its index (as the Flink job writes one) gets the index back from {@code reindex}. */
class ReindexCommandTest {
    @TempDir
    Path data;

    @Test
    void rebuilds_the_search_index_from_the_store() throws Exception {
        FakeExtractor extractor = new FakeExtractor();
        try (Store db = StandardStore.open(StoreConfig.of(data, null), data)) {
            Provenance p = Provenance.current(extractor.description());
            db.ingest(extractor.extract(report("orlov-1", "Russia sent 30 Orlov Trotter horses to Pyongyang.")), p);
            db.ingest(extractor.extract(report("orlov-1-r2", "Russia sent 30 Orlov Trotter horses to Wonsan.")), p);
            db.ingest(extractor.extract(report("shells", "Reports of North Korea supplying artillery shells.")), p);
        }
        // a stale index from elsewhere: replaced, not added to
        try (SearchIndex stale = SearchIndex.open(data.resolve("index"))) {
            stale.index(new org.tumen.store.search.ReportDoc("gone", "Gone", null, null, "Pyongyang trotters gone"));
            stale.commit();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReindexCommand reindex = new ReindexCommand();
        reindex.store = new StoreOptions();
        reindex.store.data = data;
        int status = reindex.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reindex: 3 reports (every revision)");
        assertThat(Files.exists(data.resolve("index.new"))).isFalse();
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            // each revision under the id it was ingested with, as ingest indexes them; the stale doc gone
            assertThat(index.search("Wonsan", 10).hits())
                    .extracting(SearchHit::id)
                    .containsExactly("orlov-1-r2");
            assertThat(index.search("Pyongyang", 10).hits())
                    .extracting(SearchHit::id)
                    .containsExactly("orlov-1");
            assertThat(index.search("gone", 10).hits()).isEmpty();
            assertThat(index.search("artillery", 10).hits())
                    .extracting(SearchHit::kind)
                    .contains("report", "event");
        }
    }

    private static RawReport report(String id, String text) {
        return new RawReport(id, id + ".txt", null, null, "Test Wire", LocalDate.of(2022, 11, 3), text);
    }
}
