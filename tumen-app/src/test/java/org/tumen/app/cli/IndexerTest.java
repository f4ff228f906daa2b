package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.web.FakeExtractor;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Extraction;
import org.tumen.store.IngestOutcome;
import org.tumen.store.StandardStore;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import org.tumen.store.search.SearchHit;

/**
 * The index is marked with the store's report count it is complete for: an indexer that finds the mark equal to the
 * store's count follows its own ingests, and one that finds it behind (a writer that skipped the index) heals it.
 */
class IndexerTest {
    private final FakeExtractor extractor = new FakeExtractor();

    @TempDir
    Path data;

    @Test
    void the_mark_follows_own_ingests_and_a_store_written_without_the_index_is_healed() throws Exception {
        Path folder = data.resolve("index");
        try (Store db = StandardStore.open(StoreConfig.of(data, null), data)) {
            db.ingest(extract("orlov", "Russia sent 30 Orlov Trotter horses to Pyongyang."));
            try (Indexer first = new Indexer(folder)) {
                assertThat(first.follow(db)).as("a new index holds nothing").isFalse();
                first.events(db);
                assertThat(first.index().marks()).containsEntry(Indexer.STORE_REPORTS, "1");
            }

            try (Indexer second = new Indexer(folder)) {
                assertThat(second.follow(db)).isTrue();
                Extraction shells = extract("shells", "Reports of North Korea supplying artillery shells.");
                IngestOutcome stored = db.ingest(shells);
                second.stored(db, shells.report(), stored);
                second.commit();
                assertThat(second.index().marks()).containsEntry(Indexer.STORE_REPORTS, "2");
                assertThat(eventHits(second, "artillery")).hasSize(1);
            }

            // a writer without the index, as the Flink job is: the mark falls behind the store
            db.ingest(extract("train", "The train crossed into North Korea at Tumangang."));
            try (Indexer third = new Indexer(folder)) {
                assertThat(third.follow(db)).isFalse();
                assertThat(eventHits(third, "Tumangang")).isEmpty();
                third.events(db);
                assertThat(eventHits(third, "Tumangang")).hasSize(1);
                assertThat(third.index().marks()).containsEntry(Indexer.STORE_REPORTS, "3");
            }
        }
    }

    private Extraction extract(String id, String text) {
        return extractor.extract(
                new RawReport(id, id + ".txt", null, null, "Test Wire", LocalDate.of(2022, 11, 3), text));
    }

    private static List<SearchHit> eventHits(Indexer indexer, String query) {
        return indexer.index().search("kind:event AND " + query, 10).hits();
    }
}
