package org.tumen.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;
import org.tumen.core.model.Span;

class SearchIndexTest {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared"), "corpus", "seed", "orlov-trotters.txt");

    @TempDir
    Path folder;

    private SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(folder.resolve("index"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static ReportDoc seed() throws Exception {
        return new ReportDoc(
                "orlov-trotters",
                "Russia sends 30 Orlov Trotter horses to North Korea",
                "Stuff",
                LocalDate.of(2022, 11, 6),
                Files.readString(SEED));
    }

    private static EventDoc horses() {
        String evidence =
                "Russia’s veterinary service said a train had crossed the border into North Korea carrying horses.";
        Map<String, Object> roles = new java.util.LinkedHashMap<>();
        roles.put("supplier", "RUS");
        roles.put("recipient", "PRK");
        roles.put("item", "Orlov Trotter horses");
        roles.put("quantity", 30);
        FusedEvent event = new FusedEvent(
                "ev-horses",
                "TRANSFER",
                roles,
                "2022-11-02",
                List.of(new Claim(
                        "c1",
                        "orlov-trotters",
                        "g1",
                        LocalDate.of(2022, 11, 6),
                        "Russia’s veterinary service",
                        Stance.ASSERTS,
                        "asserted",
                        null,
                        new Span(0, evidence.length(), evidence))));
        return EventDoc.of(event);
    }

    private void seedIndex() throws Exception {
        index.index(seed());
        index.index(horses());
        index.commit();
    }

    @Test
    void orlov_finds_the_seed_report_with_a_highlighted_snippet() throws Exception {
        seedIndex();
        SearchResult result = index.search("Orlov", 10);
        SearchHit report = result.hits().stream()
                .filter(h -> h.kind().equals("report"))
                .findFirst()
                .orElseThrow();
        assertThat(report.id()).isEqualTo("orlov-trotters");
        assertThat(report.title()).isEqualTo("Russia sends 30 Orlov Trotter horses to North Korea");
        assertThat(report.snippet()).contains("<mark>Orlov</mark>");
        assertThat(result.hits()).extracting(SearchHit::id).contains("ev-horses");
    }

    @Test
    void a_phrase_query_matches_the_words_in_order() throws Exception {
        seedIndex();
        SearchResult result = index.search("\"Tumangang Friendship Bridge\"", 10);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("orlov-trotters");
        assertThat(result.hits().getFirst().snippet()).contains("<mark>Tumangang Friendship Bridge</mark>");
        assertThat(index.search("\"Bridge Friendship Tumangang\"", 10).hits()).isEmpty();
    }

    @Test
    void field_queries_select_by_type_party_kind_and_date_in_any_case() throws Exception {
        seedIndex();
        assertThat(index.search("type:TRANSFER", 10).hits())
                .extracting(SearchHit::id)
                .containsExactly("ev-horses");
        assertThat(index.search("party:prk", 10).hits())
                .extracting(SearchHit::id)
                .containsExactly("ev-horses");
        assertThat(index.search("kind:report AND horses", 10).hits())
                .extracting(SearchHit::id)
                .containsExactly("orlov-trotters");
        assertThat(index.search("published:[2022-11-01 TO 2022-11-30] AND kind:report", 10)
                        .hits())
                .hasSize(1);
        assertThat(index.search("when:2022-11*", 10).hits())
                .extracting(SearchHit::id)
                .containsExactly("ev-horses");
        // the roles carry the country names, so a name finds the event that holds the code
        assertThat(index.search("roles:\"north korea\"", 10).hits())
                .extracting(SearchHit::id)
                .contains("ev-horses");
    }

    @Test
    void english_stemming_matches_other_forms_of_a_word() throws Exception {
        seedIndex();
        assertThat(index.search("exporting AND kind:report", 10).hits()).hasSize(1); // the text says "exports"
    }

    @Test
    void bad_syntax_gives_a_clear_message() throws Exception {
        seedIndex();
        assertThatThrownBy(() -> index.search("horses AND (", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse search query 'horses AND (': ")
                .hasMessageNotContaining("Was expecting");
        assertThatThrownBy(() -> index.search("  ", 10)).hasMessage("search query is empty");
        assertThatThrownBy(() -> index.search("horses", 0)).hasMessageContaining("limit must be");
    }

    @Test
    void indexing_an_id_twice_leaves_one_document() throws Exception {
        seedIndex();
        index.index(seed());
        index.index(horses());
        index.commit();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search("Orlov", 10).hits()).hasSize(2);
    }

    @Test
    void a_deleted_document_is_gone_after_commit() throws Exception {
        seedIndex();
        index.delete("orlov-trotters");
        index.commit();
        assertThat(index.search("Orlov", 10).hits()).extracting(SearchHit::id).containsExactly("ev-horses");
    }

    @Test
    void the_index_survives_a_reopen() throws Exception {
        seedIndex();
        index.close();
        index = SearchIndex.open(folder.resolve("index"));
        assertThat(index.search("Orlov", 10).hits()).hasSize(2);
    }

    @Test
    void hostile_text_is_escaped_in_snippets() {
        index.index(
                new ReportDoc("evil", "<b>title</b>", "x", null, "He wrote <script>alert('horses')</script> & left."));
        index.commit();
        String snippet = index.search("horses", 10).hits().getFirst().snippet();
        assertThat(snippet)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("<mark>horses</mark>");
    }

    @Test
    void ten_thousand_documents_answer_with_at_most_the_limit() {
        for (int i = 0; i < 10_000; i++) {
            String text =
                    "Report " + i + ": a train carried " + (i % 7 == 0 ? "horses" : "coal") + " across the bridge.";
            index.index(new ReportDoc(
                    "r" + i,
                    "Report " + i,
                    "Outlet " + (i % 10),
                    LocalDate.of(2022, 1, 1).plusDays(i % 365),
                    text));
        }
        index.commit();
        assertThat(index.size()).isEqualTo(10_000);
        SearchResult result = index.search("horses", 20);
        assertThat(result.hits()).hasSize(20);
        assertThat(result.totalHits()).isGreaterThanOrEqualTo(20);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>horses</mark>"));
        assertThat(index.search("train", SearchIndex.MAX_LIMIT).hits()).hasSize(SearchIndex.MAX_LIMIT);
    }

    @Test
    void a_commit_keeps_its_marks_across_a_reopen_and_a_plain_commit_clears_them(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.marks()).isEmpty();
            index.commit(java.util.Map.of("seen", "7"));
            assertThat(index.marks()).containsExactly(java.util.Map.entry("seen", "7"));
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.marks()).containsExactly(java.util.Map.entry("seen", "7"));
            index.commit();
            assertThat(index.marks()).isEmpty();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.marks()).isEmpty();
        }
    }
}
