package org.tumen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Mention;
import org.tumen.core.fuse.Stance;

/**
 * The store's behaviour, run once per database by a subclass ({@link H2StoreTest}, {@link PostgresStoreTest}): the
 * same SQL must give the same answers on both. Fusion and assessment are small deterministic test doubles; the
 * database is always real.
 */
abstract class StoreContract {
    private static final List<String> TABLES = List.of(
            "reports",
            "report_bands",
            "entities",
            "entity_mentions",
            "event_mentions",
            "fused_events",
            "fused_event_parties",
            "claims",
            "sources",
            "assessments",
            "assessment_changes",
            "fused_event_flags",
            "mention_flags",
            "entity_matches",
            "watchlists",
            "alerts",
            "webhook_deliveries",
            "follow_items",
            "event_places");

    private StoreConfig config;
    private final List<Store> opened = new ArrayList<>();

    /** A database of its own for one test, empty. */
    protected abstract StoreConfig freshDatabase() throws Exception;

    @BeforeEach
    void createDatabase() throws Exception {
        config = freshDatabase();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    private Store open(org.tumen.core.fuse.EventFusion fusion) {
        return open(fusion, EntityScreen.NONE);
    }

    private Store open(org.tumen.core.fuse.EventFusion fusion, EntityScreen screen) {
        Store store = Store.open(
                config, fusion, new SimpleAssessor(), new WordShingles(), java.time.Clock.systemUTC(), screen);
        opened.add(store);
        return store;
    }

    /** A stand-in for the lists (the screener itself is tested in core): KOMID is listed; it counts what it is asked. */
    private static final class KomidList implements EntityScreen {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<EntityMatch> screen(String kind, String name) {
            asked.add(kind + ":" + name);
            if (!name.equals("KOMID")) return List.of();
            return List.of(new EntityMatch(
                    "UN-SC",
                    "KPe.001",
                    "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                    "KOMID",
                    0.97,
                    List.of("acronym of the listed name", "primary name"),
                    List.of("DPRK")));
        }
    }

    private Store open() {
        return open(new SimpleFusion());
    }

    private Properties credentials() {
        Properties p = new Properties();
        if (config.user() != null) p.setProperty("user", config.user());
        if (config.password() != null) p.setProperty("password", config.password());
        return p;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), credentials());
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private Store storeWithTheHorseStory() {
        Store store = open();
        store.ingest(Fixtures.seed());
        store.ingest(Fixtures.yonhap());
        store.ingest(Fixtures.herald());
        store.ingest(Fixtures.closure());
        return store;
    }

    private static EventView only(List<EventView> events) {
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static List<String> items(List<EventView> events) {
        return events.stream()
                .map(e -> e.type() + ":" + (e.role("item") != null ? e.role("item") : e.role("subject")))
                .toList();
    }

    @Test
    void migrations_apply_to_an_empty_database() throws SQLException {
        Store store = open();

        assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(rowCounts().values()).containsOnly(0L);
    }

    @Test
    void a_store_of_the_first_version_migrates_to_the_latest_and_keeps_its_rows() throws SQLException {
        org.flywaydb.core.Flyway.configure()
                .dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), credentials());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO entities (kind, name, name_key) VALUES ('ORGANIZATION', 'KOMID', 'komid')");
        }

        Store store = open(new SimpleFusion(), new KomidList());
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));

        assertThat(rowCounts()).containsEntry("entity_matches", 1L).containsEntry("fused_event_flags", 2L);
        assertThat(store.entities(new EntityQuery("organization", true, 10)))
                .singleElement()
                .satisfies(e -> assertThat(e.matches())
                        .extracting(EntityMatch::reference)
                        .containsExactly("KPe.001"));
    }

    @Test
    void opening_a_migrated_store_again_keeps_its_contents() {
        open().ingest(Fixtures.seed());

        assertThat(open().stats().reports()).isEqualTo(1);
    }

    @Test
    void ingesting_the_same_extraction_twice_changes_no_row_count() throws SQLException {
        Store store = open();
        IngestOutcome first = store.ingest(Fixtures.seed());
        Map<String, Long> after = rowCounts();

        IngestOutcome again = store.ingest(Fixtures.seed());

        assertThat(first.status()).isEqualTo(IngestOutcome.Status.STORED);
        assertThat(again.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
        assertThat(again.reportId()).isEqualTo(first.reportId());
        assertThat(rowCounts()).isEqualTo(after);
        assertThat(after.get("reports")).isEqualTo(1);
        assertThat(after.get("event_mentions")).isEqualTo(3);
    }

    @Test
    void a_stored_report_keeps_its_text_hash_and_provenance() {
        Store store = open();
        store.ingest(Fixtures.seed(), new Provenance("0.1.0", "tumen-rules; corenlp 4.5.10", "schema-1"));

        ReportView r = store.report("orlov-trotters").orElseThrow();

        assertThat(r.id()).isEqualTo(Store.contentHash(Fixtures.SEED_TEXT)).hasSize(64);
        assertThat(r.text()).isEqualTo(Fixtures.SEED_TEXT);
        assertThat(r.revision()).isEqualTo(1);
        assertThat(r.published()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(r.provenance()).isEqualTo(new Provenance("0.1.0", "tumen-rules; corenlp 4.5.10", "schema-1"));
        assertThat(r.ingestedAt()).isNotNull();
        assertThat(store.report(r.id())).contains(r);
        assertThat(store.report("no-such-report")).isEmpty();
    }

    @Test
    void a_revision_supersedes_the_claims_of_the_earlier_text() {
        Store store = open();
        IngestOutcome first = store.ingest(
                Fixtures.kcna("kcna-1def246a3bdf", "Russia delivered thirty horses to " + "the DPRK by rail.", true));
        String eventId = only(store.events(EventQuery.all())).id();

        IngestOutcome second = store.ingest(Fixtures.kcna(
                "kcna-1def246a3bdf-r2",
                "Russia delivered thirty " + "thoroughbred horses to the DPRK by rail, as a gift.",
                true));

        assertThat(second.status()).isEqualTo(IngestOutcome.Status.REVISED);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reportKey()).isEqualTo("kcna-1def246a3bdf");
        assertThat(store.report(first.reportId()).orElseThrow().supersededBy()).isEqualTo(second.reportId());
        assertThat(store.report("kcna-1def246a3bdf-r2").orElseThrow().revision())
                .isEqualTo(2);
        EventDetail detail = store.event(eventId).orElseThrow();
        assertThat(detail.supporting()).extracting(ClaimView::reportId).containsExactly(second.reportId());
        assertThat(detail.event().assessment().supporting()).isEqualTo(1);
        assertThat(store.stats().supersededClaims()).isEqualTo(1);
        assertThat(store.stats().supersededReports()).isEqualTo(1);
    }

    @Test
    void a_revision_without_the_event_withdraws_it_and_records_why() {
        Store store = open();
        store.ingest(Fixtures.kcna("kcna-a5491ceb0e5f", "Russia delivered thirty horses to the DPRK.", true));
        String eventId = only(store.events(EventQuery.all())).id();
        Instant before = Instant.now().minusSeconds(1);

        store.ingest(Fixtures.kcna("kcna-a5491ceb0e5f-r2", "The report on horses was withdrawn.", false));

        assertThat(store.events(EventQuery.all())).isEmpty();
        assertThat(store.changesSince(before, 10))
                .filteredOn(c -> c.eventId().equals(eventId) && c.after() == null)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.before().supporting()).isEqualTo(1);
                    assertThat(c.cause()).contains("revision 2 of report kcna-a5491ceb0e5f");
                });
    }

    @Test
    void a_failure_mid_report_leaves_nothing_of_that_report() throws SQLException {
        // the fusion double fails after the report row, its entities and the ingest lock are written
        Store failing = open(new SimpleFusion() {
            @Override
            public FusedEvent start(String id, Mention m) {
                throw new IllegalStateException("injected failure before commit");
            }
        });

        assertThatThrownBy(() -> failing.ingest(Fixtures.seed())).hasMessageContaining("injected failure");

        assertThat(rowCounts().values()).containsOnly(0L);
        assertThat(failing.report("orlov-trotters")).isEmpty();
        Store working = open();
        assertThat(working.ingest(Fixtures.seed()).status()).isEqualTo(IngestOutcome.Status.STORED);
        assertThat(working.stats().reports()).isEqualTo(1);
    }

    @Test
    void a_racing_double_ingest_of_one_report_stores_it_once() throws Exception {
        CountDownLatch bothChecked = new CountDownLatch(2);
        // each ingest is a separate Store, as two processes would be; the fuse step waits so that the race is real
        Callable<IngestOutcome> ingest = () -> open(new SimpleFusion() {
                    @Override
                    public FusedEvent start(String id, Mention m) {
                        pause(300);
                        return super.start(id, m);
                    }
                })
                .ingest(Fixtures.seed());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<IngestOutcome>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    bothChecked.countDown();
                    bothChecked.await();
                    return ingest.call();
                }));
            }
            List<IngestOutcome.Status> statuses = new ArrayList<>();
            for (Future<IngestOutcome> f : both) statuses.add(f.get().status());

            assertThat(statuses).containsExactlyInAnyOrder(IngestOutcome.Status.STORED, IngestOutcome.Status.UNCHANGED);
        } finally {
            pool.shutdown();
        }
        assertThat(rowCounts()).containsEntry("reports", 1L).containsEntry("event_mentions", 3L);
    }

    @Test
    void an_ingest_names_the_fused_events_it_touched_and_an_unchanged_one_names_none() {
        Store store = open();
        IngestOutcome first = store.ingest(Fixtures.seed());
        List<String> afterFirst =
                store.events(EventQuery.all()).stream().map(EventView::id).toList();
        IngestOutcome joined = store.ingest(Fixtures.yonhap());

        assertThat(first.fusedEvents()).containsExactlyInAnyOrderElementsOf(afterFirst);
        assertThat(joined.fusedEvents()).isNotEmpty().anyMatch(afterFirst::contains);
        assertThat(store.ingest(Fixtures.seed()).fusedEvents()).isEmpty();
    }

    @Test
    void reports_of_one_happening_fuse_and_a_repost_counts_once() {
        Store store = storeWithTheHorseStory();

        EventView horses = only(
                store.events(EventQuery.builder().type("TRANSFER").party("RUS").build()).stream()
                        .filter(e -> "0101".equals(e.role("hs")))
                        .toList());

        assertThat(horses.claims()).hasSize(3);
        assertThat(horses.assessment().supporting()).isEqualTo(2);
        assertThat(horses.sources()).containsExactlyInAnyOrder("NK News", "Yonhap", "Korea Herald");
        assertThat(store.report("herald-horses").orElseThrow().independenceGroup())
                .isEqualTo(store.report("yonhap-horses").orElseThrow().independenceGroup());
    }

    @Test
    void a_denial_attaches_to_the_claim_it_denies() {
        Store store = storeWithTheHorseStory();

        EventView arms = only(store.events(EventQuery.builder().party("PRK").build()).stream()
                .filter(e -> "9306".equals(e.role("hs")))
                .toList());
        EventDetail detail = store.event(arms.id()).orElseThrow();

        assertThat(detail.supporting()).extracting(ClaimView::source).containsExactly("White House");
        assertThat(detail.against()).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIES);
            assertThat(c.source()).isEqualTo("North Korea");
            assertThat(c.evidence().text()).isEqualTo("Pyongyang denied any arms dealings with Russia");
            assertThat(c.outlet()).isEqualTo("NK News");
        });
        assertThat(detail.event().assessment().contradicting()).isEqualTo(1);
        assertThat(detail.event().assessment().likelihood()).isEqualTo("roughly even chance");
        assertThat(store.events(EventQuery.builder().type("DENY").build())).isEmpty();
    }

    @Test
    void the_type_filter_returns_only_that_type() {
        Store store = storeWithTheHorseStory();

        assertThat(items(store.events(EventQuery.builder().type("CROSSING").build())))
                .containsExactly("CROSSING:horses");
        assertThat(store.events(EventQuery.builder().type("TRANSFER").build())).hasSize(2);
    }

    @Test
    void the_party_filter_takes_a_code_or_a_name_in_any_case() {
        Store store = storeWithTheHorseStory();

        assertThat(store.events(EventQuery.builder().party("PRK").build())).hasSize(4);
        assertThat(store.events(EventQuery.builder().party("rus").build())).hasSize(3);
        assertThat(store.events(EventQuery.builder().party("Russia").build())).hasSize(3);
        assertThat(store.events(EventQuery.builder().party("north korea").build()))
                .hasSize(4);
        assertThat(store.events(EventQuery.builder().party("Atlantis").build())).isEmpty();
    }

    @Test
    void the_place_filter_matches_a_place_or_its_beginning() {
        Store store = storeWithTheHorseStory();

        assertThat(items(store.events(EventQuery.builder().place("tumangang").build())))
                .containsExactly("CROSSING:horses", "STATUS_CHANGE:Tumangang border crossing");
        assertThat(store.events(EventQuery.builder().place("TUMAN").build())).hasSize(2);
        assertThat(store.events(EventQuery.builder().place("Khasan").build())).isEmpty();
    }

    @Test
    void date_filters_find_events_whose_time_overlaps_the_range() {
        Store store = storeWithTheHorseStory();

        assertThat(store.events(
                        EventQuery.builder().since(LocalDate.of(2022, 10, 1)).build()))
                .hasSize(3);
        assertThat(items(store.events(
                        EventQuery.builder().until(LocalDate.of(2021, 1, 1)).build())))
                .containsExactly("STATUS_CHANGE:Tumangang border crossing");
        // the arms claim runs "2022-09/2022-11", so it overlaps a range that starts after the horses
        assertThat(items(store.events(
                        EventQuery.builder().since(LocalDate.of(2022, 11, 10)).build())))
                .containsExactly("TRANSFER:artillery shells");
        assertThat(store.events(EventQuery.builder()
                        .since(LocalDate.of(2020, 2, 10))
                        .until(LocalDate.of(2020, 2, 20))
                        .build()))
                .hasSize(1);
    }

    @Test
    void date_windows_find_long_and_open_spans_as_well_as_short_ones() {
        Store store = storeWithTheHorseStory();
        String text = "Trade between North Korea and Russia over the Tumen bridge has run for years, officials say.";
        Fixtures.Builder b = new Fixtures.Builder("long-span", "Reuters", LocalDate.of(2023, 6, 1), text);
        b.event(
                "e1",
                "STATUS_CHANGE",
                Map.of("actor", List.of("RUS"), "subject", "Tumen bridge trade", "state", "opened"),
                "2015/2023",
                "asserted",
                List.of(),
                "has run for years");
        b.event(
                "e2",
                "STATUS_CHANGE",
                Map.of("actor", List.of("CHN"), "subject", "Khasan rail link", "state", "opened"),
                "2019-05/..",
                "asserted",
                List.of(),
                "Trade between North Korea and Russia");
        b.country("Russia", "RUS");
        store.ingest(b.build());
        assertThat(store.events(EventQuery.builder().party("CHN").build())).hasSize(1);

        // a week in 2017: inside the 2015/2023 span only (the open span starts in 2019)
        LocalDate week = LocalDate.of(2017, 3, 1);
        assertThat(items(store.events(
                        EventQuery.builder().since(week).until(week.plusDays(6)).build())))
                .containsExactly("STATUS_CHANGE:Tumen bridge trade");
        // the event filters apply inside each span class's branch
        assertThat(store.events(EventQuery.builder()
                        .type("TRANSFER")
                        .since(week)
                        .until(week.plusDays(6))
                        .build()))
                .isEmpty();
        assertThat(store.events(EventQuery.builder()
                        .type("STATUS_CHANGE")
                        .minLikelihood(0.0)
                        .since(week)
                        .until(week.plusDays(6))
                        .build()))
                .hasSize(1);
        // 2030: only the open-ended span reaches it
        assertThat(items(store.events(
                        EventQuery.builder().since(LocalDate.of(2030, 1, 1)).build())))
                .containsExactly("STATUS_CHANGE:Khasan rail link");
        // a party and a window: the party rows carry the dates
        assertThat(items(store.events(EventQuery.builder()
                        .party("Russia")
                        .since(LocalDate.of(2020, 2, 10))
                        .until(LocalDate.of(2020, 2, 20))
                        .build())))
                .containsExactly("STATUS_CHANGE:Tumen bridge trade");
        assertThat(items(store.events(EventQuery.builder()
                        .party("CHN")
                        .since(LocalDate.of(2020, 2, 10))
                        .until(LocalDate.of(2020, 2, 20))
                        .build())))
                .containsExactly("STATUS_CHANGE:Khasan rail link");
        assertThat(store.events(EventQuery.builder()
                        .party("CHN")
                        .since(LocalDate.of(2019, 1, 1))
                        .until(LocalDate.of(2019, 4, 30))
                        .build()))
                .isEmpty();
        assertThat(store.events(EventQuery.builder()
                        .party("PRK")
                        .since(LocalDate.of(2020, 2, 10))
                        .until(LocalDate.of(2020, 2, 20))
                        .build()))
                .hasSize(1);
        // the same events whichever way the window is given, and a page's claims all there
        for (EventView e : store.events(
                EventQuery.builder().since(LocalDate.of(2000, 1, 1)).build())) {
            assertThat(e.claims()).isNotEmpty();
            assertThat(store.event(e.id()).orElseThrow().event().claims()).isEqualTo(e.claims());
        }
    }

    @Test
    void a_party_window_pages_in_list_order_like_the_party_alone() {
        Store store = storeWithTheHorseStory();
        LocalDate since = LocalDate.of(2000, 1, 1);
        List<String> whole =
                ids(store.events(EventQuery.builder().party("PRK").since(since).build()));
        assertThat(whole)
                .isEqualTo(ids(store.events(EventQuery.builder().party("PRK").build())));
        assertThat(whole).hasSizeGreaterThan(2);
        // each page from the branches' own first pages (V8) is the same slice of the list
        for (int offset = 0; offset < whole.size(); offset++) {
            assertThat(ids(store.events(EventQuery.builder()
                            .party("PRK")
                            .since(since)
                            .limit(1)
                            .offset(offset)
                            .build())))
                    .containsExactly(whole.get(offset));
        }
        // a party alone, read from the party rows in list order (V9), pages the same way
        for (int offset = 0; offset < whole.size(); offset++) {
            assertThat(ids(store.events(EventQuery.builder()
                            .party("PRK")
                            .limit(1)
                            .offset(offset)
                            .build())))
                    .containsExactly(whole.get(offset));
        }
        assertThat(ids(store.events(EventQuery.builder().party("north korea").build())))
                .isEqualTo(whole);
        // the likelihood floor inside the branches, and the event's own filters outside them
        assertThat(ids(store.events(EventQuery.builder()
                        .party("PRK")
                        .since(since)
                        .minLikelihood(0.6)
                        .build())))
                .isEqualTo(ids(store.events(
                        EventQuery.builder().party("PRK").minLikelihood(0.6).build())));
        assertThat(ids(store.events(EventQuery.builder()
                        .party("PRK")
                        .since(since)
                        .type("TRANSFER")
                        .limit(1)
                        .build())))
                .isEqualTo(ids(store.events(EventQuery.builder()
                        .party("PRK")
                        .type("TRANSFER")
                        .limit(1)
                        .build())));
    }

    private static List<String> ids(List<EventView> events) {
        return events.stream().map(EventView::id).toList();
    }

    @Test
    void the_likelihood_filter_keeps_events_at_or_above_the_threshold() {
        Store store = storeWithTheHorseStory();

        assertThat(items(store.events(EventQuery.builder().minLikelihood(0.8).build())))
                .containsExactly("TRANSFER:Orlov Trotter horses");
        assertThat(store.events(EventQuery.builder().minLikelihood(0.6).build()))
                .hasSize(3);
        assertThat(store.events(EventQuery.builder().minLikelihood(0.0).build()))
                .hasSize(4);
    }

    @Test
    void limit_and_offset_page_through_events_by_likelihood() {
        Store store = storeWithTheHorseStory();

        List<EventView> all = store.events(EventQuery.all());
        List<EventView> second =
                store.events(EventQuery.builder().limit(1).offset(1).build());

        assertThat(all)
                .extracting(e -> e.assessment().probability())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(second).extracting(EventView::id).containsExactly(all.get(1).id());
    }

    @Test
    void events_by_id_page_through_every_event_in_force_with_its_claims() {
        Store store = storeWithTheHorseStory();
        List<EventView> all = store.events(EventQuery.all());

        List<EventView> paged = new ArrayList<>();
        for (List<EventView> page;
                !(page = store.eventsById(paged.isEmpty() ? "" : paged.getLast().id(), 1)).isEmpty(); )
            paged.addAll(page);

        assertThat(paged)
                .extracting(EventView::id)
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(
                        all.stream().map(EventView::id).toList());
        assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void an_event_as_json_carries_the_eval_fields_its_claims_and_its_assessment() {
        Store store = storeWithTheHorseStory();
        EventView horses =
                store.events(EventQuery.builder().minLikelihood(0.8).build()).getFirst();

        var json = horses.toJson();

        assertThat(json.get("id").asText()).isEqualTo(horses.id());
        assertThat(json.get("type").asText()).isEqualTo("TRANSFER");
        assertThat(json.get("supplier").asText()).isEqualTo("RUS");
        assertThat(json.get("quantity").asInt()).isEqualTo(30);
        assertThat(json.get("when").asText()).isEqualTo("2022-11-02");
        assertThat(json.get("status").asText()).isEqualTo("asserted");
        assertThat(json.get("sources")).hasSize(3);
        assertThat(json.get("claims").get(0).fieldNames())
                .toIterable()
                .contains("source", "report", "stance", "evidence");
        assertThat(json.get("assessment").fieldNames())
                .toIterable()
                .contains("supporting", "contradicting", "reliability", "credibility", "likelihood", "reasons");
        assertThat(store.event(horses.id()).orElseThrow().toJson().has("claims_for"))
                .isTrue();
    }

    @Test
    void sources_carry_their_track_record() {
        Store store = storeWithTheHorseStory();

        assertThat(store.sources())
                .extracting(SourceView::name)
                .contains("NK News", "Yonhap", "Korea Herald", "White House", "North Korea", "38 North");
        assertThat(store.sources())
                .filteredOn(s -> s.name().equals("Yonhap"))
                .singleElement()
                .satisfies(s -> assertThat(s.corroborated()).isPositive());
    }

    @Test
    void each_assessment_change_is_recorded_with_its_cause() {
        Store store = open();
        Instant start = Instant.now().minusSeconds(1);
        store.ingest(Fixtures.seed());

        store.ingest(Fixtures.yonhap());

        List<AssessmentChange> changes = store.changesSince(start, 100);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.before()).isNull();
            assertThat(c.cause()).contains("first reported by NK News");
        });
        assertThat(changes).filteredOn(c -> c.before() != null).anySatisfy(c -> {
            assertThat(c.before().supporting()).isEqualTo(1);
            assertThat(c.after().supporting()).isEqualTo(2);
            assertThat(c.cause()).contains("corroborated by Yonhap in Yonhap report yonhap-horses");
        });
        assertThat(changes).anySatisfy(c -> assertThat(c.cause()).contains("denied by North Korea"));
    }

    @Test
    void an_unknown_event_id_is_empty() {
        assertThat(open().event("ev-nothing")).isEqualTo(Optional.empty());
    }

    // --- watchlists and alerts (V4) ---

    private static final String CLAIM_TEXT =
            "The White House said North Korea is covertly supplying artillery shells to Russia.";
    private static final String DENIAL_TEXT = "Pyongyang denied any arms dealings with Russia on Tuesday.";

    private static org.tumen.core.model.Extraction armsClaim() {
        Fixtures.Builder b = new Fixtures.Builder("wh-arms", "Reuters", LocalDate.of(2022, 11, 3), CLAIM_TEXT);
        b.event(
                "e1",
                "TRANSFER",
                Map.of("supplier", "PRK", "recipient", "RUS", "item", "artillery shells", "hs", "9306"),
                "2022-09/2022-11",
                "alleged",
                List.of("White House"),
                "covertly supplying artillery shells to Russia");
        return b.build();
    }

    private static org.tumen.core.model.Extraction laterDenial() {
        Fixtures.Builder b = new Fixtures.Builder("kcna-denial", "KCNA", LocalDate.of(2022, 11, 8), DENIAL_TEXT);
        b.event(
                "e1",
                "DENY",
                Map.of("denier", List.of("PRK"), "about", "arms dealings with Russia"),
                "2022-11",
                "asserted",
                List.of("North Korea"),
                "Pyongyang denied any arms dealings with Russia");
        return b.build();
    }

    private List<org.tumen.core.watch.Alert> alerts(Store store) {
        return store.alertsSince(Instant.EPOCH, 1000);
    }

    @Test
    void a_later_denial_raises_one_assessment_change_alert_and_its_reingest_raises_nothing() {
        Store store = open();
        store.addWatch(org.tumen.core.watch.Watchlist.named("arms").withGoods("93"));
        store.ingest(armsClaim());
        String armsId = alerts(store).getFirst().event();

        IngestOutcome denied = store.ingest(laterDenial());
        IngestOutcome again = store.ingest(laterDenial());

        assertThat(denied.alertsRaised()).isEqualTo(1);
        assertThat(again.alertsRaised()).isZero();
        assertThat(alerts(store)).extracting(a -> a.kind().wire()).containsExactly("new-event", "assessment-change");
        org.tumen.core.watch.Alert change = alerts(store).getLast();
        assertThat(change.event()).isEqualTo(armsId);
        assertThat(change.watch()).isEqualTo("arms");
        assertThat(change.reason())
                .startsWith("The assessment of transfer of goods PRK → RUS (artillery shells)")
                .contains("denied by North Korea in KCNA report kcna-denial of 2022-11-08")
                .endsWith(".");
    }

    @Test
    void a_watch_raises_alerts_only_for_the_events_it_covers() {
        Store store = open();
        store.addWatch(org.tumen.core.watch.Watchlist.named("tumangang").withPlace("tumangang"));
        store.addWatch(org.tumen.core.watch.Watchlist.named("horses-likely")
                .withGoods("0101")
                .withMinLikelihood("almost certain"));

        store.ingest(Fixtures.yonhap());

        assertThat(alerts(store)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(org.tumen.core.watch.AlertKind.NEW_EVENT);
            assertThat(a.watch()).isEqualTo("tumangang");
            assertThat(a.place()).isEqualTo("Tumangang");
            assertThat(a.at()).isEqualTo("2022-11-02");
            assertThat(a.reason()).contains("border crossing RUS → PRK (horses) at Tumangang on 2022-11-02");
        });
    }

    @Test
    void no_alert_is_raised_for_what_was_stored_before_the_watch() {
        Store store = open();
        store.ingest(Fixtures.yonhap());
        store.addWatch(org.tumen.core.watch.Watchlist.named("all"));

        store.ingest(Fixtures.yonhap());

        assertThat(alerts(store)).isEmpty();
    }

    @Test
    void a_sanctions_flag_raises_one_alert_per_rule_and_none_when_stored_again() {
        Store store = open();
        store.addWatch(org.tumen.core.watch.Watchlist.named("prk").withParty("prk"));
        org.tumen.core.model.Extraction x = armsClaim();
        org.tumen.core.model.Flag flag = new org.tumen.core.model.Flag(
                "UN-DPRK/arms-export",
                "UN-DPRK",
                "UNSCR 1718 (2006) para 8(b)",
                "artillery shells",
                "93",
                List.of("PRK", "RUS"),
                "after 2006-10-14",
                "breach",
                "UN members may not procure arms from the DPRK.",
                false,
                true);
        org.tumen.core.model.Extraction flagged = new org.tumen.core.model.Extraction(
                x.report(), x.events(), x.entities(), x.tokens(), Map.of("e1", List.of(flag, flag)));

        store.ingest(flagged);
        store.ingest(flagged);

        assertThat(alerts(store)).extracting(a -> a.kind().wire()).containsExactly("new-event", "flag");
        assertThat(alerts(store).getLast().reason())
                .contains("is flagged UN-DPRK/arms-export (breach, UNSCR 1718 (2006) para 8(b))")
                .endsWith("procure arms from the DPRK.");
    }

    @Test
    void a_place_signal_raises_a_resumption_alert_once_per_place_and_date() {
        org.tumen.core.watch.PlaceSignals resumes = touched -> touched.stream()
                .filter(e -> "Tumangang".equals(e.roles().get("place")))
                .map(e -> new org.tumen.core.watch.WatchSignal(
                        "resumption",
                        "Tumangang",
                        "2022-10-31/2022-11-06",
                        "2020-02",
                        "First traffic at Tumangang since the closure of February 2020.",
                        List.of(e.id())))
                .toList();
        Store store = Store.open(
                config,
                new SimpleFusion(),
                new SimpleAssessor(),
                new WordShingles(),
                java.time.Clock.systemUTC(),
                resumes);
        opened.add(store);
        store.addWatch(org.tumen.core.watch.Watchlist.named("tk")
                .withPlace("Tumangang")
                .withType("STATUS_CHANGE"));

        store.ingest(Fixtures.yonhap());
        store.ingest(Fixtures.herald());

        assertThat(alerts(store)).singleElement().satisfies(a -> {
            assertThat(a.kind().wire()).isEqualTo("resumption");
            assertThat(a.at()).isEqualTo("2022-10-31/2022-11-06");
            assertThat(a.reason()).contains("closure of February 2020");
        });
    }

    @Test
    void watches_are_added_listed_and_removed_and_a_name_is_taken_once() {
        Store store = open();
        store.addWatch(org.tumen.core.watch.Watchlist.named("b").withType("crossing"));
        store.addWatch(org.tumen.core.watch.Watchlist.named("a").withMinLikelihood("Likely"));

        assertThatThrownBy(() -> store.addWatch(org.tumen.core.watch.Watchlist.named("a")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("a watch named a exists");
        assertThat(store.watches())
                .extracting(org.tumen.core.watch.Watchlist::describe)
                .containsExactly("at least likely", "type CROSSING");
        assertThat(store.removeWatch("a")).isTrue();
        assertThat(store.removeWatch("a")).isFalse();
        assertThat(store.watches())
                .extracting(org.tumen.core.watch.Watchlist::name)
                .containsExactly("b");
    }

    /** The place stage's signals, recording the history each ingest gave them. */
    private static final class RecordingSignals implements org.tumen.core.watch.PlaceSignals {
        private final org.tumen.core.watch.ActivitySignals real = org.tumen.core.watch.ActivitySignals.defaults();
        final List<List<String>> histories = new ArrayList<>();

        @Override
        public List<org.tumen.core.watch.WatchSignal> signals(List<org.tumen.core.fuse.FusedEvent> touched) {
            return real.signals(touched);
        }

        @Override
        public boolean needsHistory(List<org.tumen.core.fuse.FusedEvent> touched) {
            return real.needsHistory(touched);
        }

        @Override
        public boolean placesEvents() {
            return true;
        }

        @Override
        public Map<String, String> places(List<org.tumen.core.place.ActivityEvent> events) {
            return real.places(events);
        }

        @Override
        public List<org.tumen.core.watch.WatchSignal> signals(
                List<org.tumen.core.fuse.FusedEvent> touched, List<org.tumen.core.place.ActivityEvent> history) {
            histories.add(
                    history.stream().map(org.tumen.core.place.ActivityEvent::id).toList());
            return real.signals(touched, history);
        }
    }

    @Test
    void a_resumption_is_found_from_the_touched_places_history_alone() throws SQLException {
        RecordingSignals signals = new RecordingSignals();
        Store store = openWith(signals);
        store.addWatch(org.tumen.core.watch.Watchlist.named("dd").withPlace("Dandong"));
        store.ingest(Fixtures.trucksAt("Dandong", LocalDate.of(2019, 5, 2)));
        store.ingest(Fixtures.trucksAt("Sinuiju", LocalDate.of(2022, 10, 20)));

        store.ingest(Fixtures.trucksAt("Dandong", LocalDate.of(2022, 11, 1)));

        // the first watched ingest placed every activity event; the later ones read only their places' history
        List<String> sinuiju = signals.histories.get(1);
        assertThat(signals.histories).hasSize(3);
        assertThat(sinuiju).hasSize(1);
        assertThat(signals.histories.getLast()).hasSize(2).doesNotContainAnyElementsOf(sinuiju);
        assertThat(rowCounts()).containsEntry("event_places", 3L);
        assertThat(alerts(store))
                .filteredOn(a -> a.kind().wire().equals("resumption"))
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Dandong").contains("2019"));
    }

    @Test
    void an_ingest_nobody_watches_leaves_the_places_to_be_found_again() throws SQLException {
        RecordingSignals signals = new RecordingSignals();
        Store store = openWith(signals);
        store.addWatch(org.tumen.core.watch.Watchlist.named("dd").withPlace("Dandong"));
        store.ingest(Fixtures.trucksAt("Dandong", LocalDate.of(2019, 5, 2)));
        store.removeWatch("dd");
        store.ingest(Fixtures.trucksAt("Sinuiju", LocalDate.of(2022, 10, 20)));
        store.addWatch(org.tumen.core.watch.Watchlist.named("dd").withPlace("Dandong"));

        store.ingest(Fixtures.trucksAt("Dandong", LocalDate.of(2022, 11, 1)));

        // the Sinuiju crossing was stored unwatched: the next watched ingest places every event again
        assertThat(signals.histories.getLast()).hasSize(3);
        assertThat(rowCounts()).containsEntry("event_places", 3L);
        assertThat(alerts(store))
                .filteredOn(a -> a.kind().wire().equals("resumption"))
                .hasSize(1);
    }

    private Store openWith(org.tumen.core.watch.PlaceSignals signals) {
        Store store = Store.open(
                config,
                new SimpleFusion(),
                new SimpleAssessor(),
                new WordShingles(),
                java.time.Clock.systemUTC(),
                signals);
        opened.add(store);
        return store;
    }

    @Test
    void a_delivered_alert_is_not_offered_to_that_webhook_again_and_failures_are_counted() {
        Store store = open();
        store.addWatch(org.tumen.core.watch.Watchlist.named("all"));
        store.ingest(Fixtures.yonhap());
        List<PendingAlert> pending = store.undelivered("http://127.0.0.1:1/hook", 100);
        assertThat(pending).hasSize(2).allSatisfy(p -> assertThat(p.attempts()).isZero());

        store.recordDelivery("http://127.0.0.1:1/hook", pending.get(0).seq(), 1, "HTTP 500", false);
        store.recordDelivery("http://127.0.0.1:1/hook", pending.get(1).seq(), 1, null, true);

        assertThat(store.undelivered("http://127.0.0.1:1/hook", 100))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.seq()).isEqualTo(pending.get(0).seq());
                    assertThat(p.attempts()).isEqualTo(1);
                });
        assertThat(store.undelivered("http://127.0.0.1:2/other", 100)).hasSize(2);
    }

    @Test
    void follow_state_remembers_an_item_and_its_content() {
        Store store = open();
        assertThat(store.followedItem("https://example.org/feed", "guid-1")).isEmpty();

        store.recordFollowed("https://example.org/feed", "guid-1", "h1", FollowedItem.MALFORMED, null);
        store.recordFollowed("https://example.org/feed", "guid-1", "h2", FollowedItem.INGESTED, "r1");

        assertThat(store.followedItem("https://example.org/feed", "guid-1"))
                .contains(new FollowedItem("h2", FollowedItem.INGESTED));
        assertThat(store.followedItem("/some/folder", "guid-1")).isEmpty();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- sanctions flags and entity screening

    @Test
    void an_events_flags_are_stored_with_it_in_full() {
        Store store = open();
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));

        EventView e = only(store.events(EventQuery.all()));

        assertThat(e.flags())
                .extracting(org.tumen.core.model.Flag::tag)
                .containsExactly("UN-DPRK/arms-export", "UN-DPRK/listed-party");
        org.tumen.core.model.Flag arms = e.flags().getFirst();
        assertThat(arms.severity()).isEqualTo("breach");
        assertThat(arms.citation()).isEqualTo("UNSCR 1718 (2006) para 8(b)");
        assertThat(arms.parties()).containsExactly("PRK", "RUS");
        assertThat(arms.hsMatched()).isEqualTo("9306");
        assertThat(arms.eventTag()).isTrue();
        assertThat(e.flagTags()).containsExactly("UN-DPRK/arms-export");
        var json = store.event(e.id()).orElseThrow().toJson();
        assertThat(json.get("flags").toString()).isEqualTo("[\"UN-DPRK/arms-export\"]");
        assertThat(json.get("flag_details").get(0).get("citation").asText()).isEqualTo("UNSCR 1718 (2006) para 8(b)");
        assertThat(json.get("flag_details").get(1).get("severity").asText()).isEqualTo("possible");
    }

    @Test
    void a_joining_report_unions_the_flags_by_tag_and_the_strongest_severity_stays() {
        Store store = open();
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "possible"));
        store.ingest(Fixtures.komidAgainAsBreach());
        // a third report, weaker on arms, must not weaken the event's finding
        store.ingest(Fixtures.komid("komid-3", Fixtures.KOMID_TEXT + " Shells again.", "review"));

        EventView e = only(store.events(EventQuery.all()));

        assertThat(e.claims()).hasSize(3);
        assertThat(e.flags())
                .extracting(f -> f.tag() + "=" + f.severity())
                .containsExactly("UN-DPRK/arms-export=breach", "UN-DPRK/listed-party=possible", "US-DPRK/arms=review");
        assertThat(e.flags().getFirst().explanation()).contains("A breach");
    }

    @Test
    void a_revision_withdrawing_a_flagged_claim_takes_its_flags_and_the_weaker_ones_of_other_reports_come_back() {
        Store store = storeWithKomidFlaggedTwice();

        store.ingest(komidCorrection());

        EventView e = only(store.events(EventQuery.all()));
        assertThat(e.claims()).hasSize(1);
        assertThat(e.flags())
                .extracting(f -> f.tag() + "=" + f.severity())
                .containsExactly("UN-DPRK/arms-export=possible", "UN-DPRK/listed-party=possible");
    }

    @Test
    void flags_stored_before_mentions_kept_their_own_go_to_the_mention_of_the_report_that_gave_them()
            throws SQLException {
        storeWithKomidFlaggedTwice();
        // the store as version 9 left it: flags only per fused event (and none of V11)
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), credentials());
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE event_places");
            s.execute("DROP TABLE store_meta");
            s.execute("DROP TABLE mention_flags");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('10', '11')");
        }

        Store migrated = open();
        assertThat(rowCounts()).containsEntry("mention_flags", 3L);
        migrated.ingest(komidCorrection());

        // komid-1's arms flag was weaker than komid-2's and never kept: what a store of version 9 lost stays lost
        assertThat(only(migrated.events(EventQuery.all())).flags())
                .extracting(f -> f.tag() + "=" + f.severity())
                .containsExactly("UN-DPRK/listed-party=possible");
    }

    /** KOMID's shells, flagged possible by komid-1 and breach (and a US review) by komid-2. */
    private Store storeWithKomidFlaggedTwice() {
        Store store = open();
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "possible"));
        store.ingest(Fixtures.komidAgainAsBreach());
        assertThat(only(store.events(EventQuery.all())).flags())
                .extracting(f -> f.tag() + "=" + f.severity())
                .containsExactly("UN-DPRK/arms-export=breach", "UN-DPRK/listed-party=possible", "US-DPRK/arms=review");
        return store;
    }

    /** komid-2 revised: the shells claim is withdrawn. */
    private static org.tumen.core.model.Extraction komidCorrection() {
        return new Fixtures.Builder(
                        "komid-2-r2",
                        "NK Pro",
                        LocalDate.of(2022, 11, 22),
                        "A correction: our earlier report is withdrawn.")
                .build();
    }

    @Test
    void a_denial_joining_an_event_adds_no_flags_and_unflagged_events_have_none() {
        Store store = open();
        store.ingest(Fixtures.seed());

        assertThat(store.events(EventQuery.all()))
                .allSatisfy(e -> assertThat(e.flags()).isEmpty());
    }

    @Test
    void screening_again_with_new_lists_lists_the_newly_designated_and_unlists_the_delisted() throws SQLException {
        open(new SimpleFusion(), new KomidList()).ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));
        // the lists as updated: KOMID delisted, Kim Chol designated
        EntityScreen updated = (kind, name) -> name.equals("Kim Chol")
                ? List.of(new EntityMatch(
                        "UN-SC", "KPi.999", "KIM CHOL", "KIM CHOL", 1.0, List.of("primary name"), List.of("DPRK")))
                : List.of();
        Store store = open(new SimpleFusion(), updated);
        List<Integer> progress = new ArrayList<>();

        RescreenOutcome outcome = store.rescreen(progress::add, ListedParties.NONE);

        assertThat(outcome).isEqualTo(new RescreenOutcome(2, 1, 1, 0, 0, 0));
        assertThat(progress).containsExactly(2);
        assertThat(store.entities(new EntityQuery(null, true, 10)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Kim Chol");
                    assertThat(e.matches()).extracting(EntityMatch::reference).containsExactly("KPi.999");
                });
        assertThat(rowCounts()).containsEntry("entity_matches", 1L);
        assertThat(store.rescreen(n -> {}, ListedParties.NONE)).isEqualTo(new RescreenOutcome(2, 0, 0, 0, 0, 0));
    }

    @Test
    void screening_again_derives_the_events_listed_party_flags_anew_and_keeps_the_goods_flags() {
        Store store = open(new SimpleFusion(), new KomidList());
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));
        store.addWatch(org.tumen.core.watch.Watchlist.named("prk").withParty("prk"));
        List<String> asked = new ArrayList<>();
        ListedParties relisted = (type, roles) -> {
            asked.add(type + " " + roles.get("supplier") + ">" + roles.get("recipient"));
            return List.of(new org.tumen.core.model.Flag(
                    "US-DPRK/listed-party",
                    "US-DPRK",
                    "31 CFR part 510",
                    "artillery shells (HS 9306)",
                    null,
                    List.of("PRK", "RUS"),
                    "not tested",
                    "possible",
                    "PRK matches a party newly on OFAC-SDN.",
                    false,
                    false));
        };

        RescreenOutcome outcome = store.rescreen(n -> {}, relisted);

        assertThat(asked).containsExactly("TRANSFER PRK>RUS");
        assertThat(outcome.eventsReflagged()).isEqualTo(1);
        assertThat(outcome.alertsRaised()).isEqualTo(1);
        assertThat(only(store.events(EventQuery.all())).flags())
                .extracting(f -> f.tag() + "=" + f.severity())
                .containsExactly("UN-DPRK/arms-export=breach", "US-DPRK/listed-party=possible");
        assertThat(alerts(store)).singleElement().satisfies(a -> {
            assertThat(a.kind().wire()).isEqualTo("flag");
            assertThat(a.reason()).contains("is flagged US-DPRK/listed-party (possible, 31 CFR part 510)");
        });
        RescreenOutcome again = store.rescreen(n -> {}, relisted);
        assertThat(again.eventsReflagged()).isZero();
        assertThat(again.alertsRaised()).isZero();

        assertThat(store.rescreen(n -> {}, (type, roles) -> List.of()).eventsReflagged())
                .isEqualTo(1);
        assertThat(only(store.events(EventQuery.all())).flags())
                .extracting(org.tumen.core.model.Flag::tag)
                .containsExactly("UN-DPRK/arms-export");
    }

    @Test
    void a_store_without_lists_refuses_to_screen_again() {
        Store store = open();

        assertThatThrownBy(() -> store.rescreen(n -> {}, ListedParties.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without lists");
    }

    @Test
    void persons_and_organisations_are_screened_once_and_their_matches_stored_once() throws SQLException {
        KomidList lists = new KomidList();
        Store store = open(new SimpleFusion(), lists);
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));
        Map<String, Long> after = rowCounts();

        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));
        store.ingest(Fixtures.komid("komid-2", Fixtures.KOMID_AGAIN_TEXT, "breach"));

        // countries are not screened; KOMID, in two reports, once
        assertThat(lists.asked).containsExactly("ORGANIZATION:KOMID", "PERSON:Kim Chol");
        assertThat(after.get("entity_matches")).isEqualTo(1L);
        assertThat(rowCounts().get("entity_matches")).isEqualTo(1L);
        EntityView komid = store.entities(new EntityQuery(null, true, 10)).getFirst();
        assertThat(komid.name()).isEqualTo("KOMID");
        assertThat(komid.mentions()).isEqualTo(2);
        assertThat(komid.screenedAt()).isNotNull();
        EntityMatch m = komid.matches().getFirst();
        assertThat(m.list()).isEqualTo("UN-SC");
        assertThat(m.reference()).isEqualTo("KPe.001");
        assertThat(m.listedName()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(m.matchedName()).isEqualTo("KOMID");
        assertThat(m.score()).isEqualTo(0.97);
        assertThat(m.features()).containsExactly("acronym of the listed name", "primary name");
        assertThat(m.programmes()).containsExactly("DPRK");
    }

    @Test
    void the_entity_list_filters_by_kind_and_by_listing() {
        Store store = open(new SimpleFusion(), new KomidList());
        store.ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));

        assertThat(store.entities(EntityQuery.all()))
                .extracting(EntityView::name)
                .startsWith("KOMID")
                .contains("Kim Chol", "Russia");
        assertThat(store.entities(new EntityQuery("person", false, 10)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Kim Chol");
                    assertThat(e.listed()).isFalse();
                    assertThat(e.screenedAt()).isNotNull();
                });
        assertThat(store.entities(new EntityQuery("person", true, 10))).isEmpty();
        assertThat(store.entities(new EntityQuery("country", false, 10))
                        .getFirst()
                        .screenedAt())
                .isNull();
    }

    @Test
    void a_store_opened_without_lists_leaves_entities_to_be_screened_later() {
        open().ingest(Fixtures.komid("komid-1", Fixtures.KOMID_TEXT, "breach"));
        KomidList lists = new KomidList();

        Store later = open(new SimpleFusion(), lists);
        later.ingest(Fixtures.komid("komid-2", Fixtures.KOMID_AGAIN_TEXT, "breach"));

        assertThat(lists.asked).containsExactly("ORGANIZATION:KOMID");
        assertThat(later.entities(new EntityQuery(null, true, 10)))
                .extracting(EntityView::name)
                .containsExactly("KOMID");
    }
}
