package org.tumen.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tumen.core.annotate.corenlp.CoreNlpAnnotator;
import org.tumen.core.annotate.corenlp.NlpConfig;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.assess.Assessment;
import org.tumen.core.assess.SourceTrack;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.model.Event;
import org.tumen.core.model.Report;
import org.tumen.core.pipeline.Pipeline;

/**
 * The fusion acceptance test, on the real pipeline: the seed and two fixture reports of the same horse
 * train and arms claim, one a repost of the other (src/test/resources/fuse/README.md).
 */
class FusionIT {
    static final Map<String, String> OUTLETS = Map.of(
            "orlov-trotters",
            "seed report",
            "wire-horse-train",
            "wire service",
            "repost-horse-train",
            "Asia Pacific Daily Brief");
    static List<FusedEvent> fused;
    static Map<String, SourceTrack> tracks;
    static final AdmiraltyAssessor assessor = new AdmiraltyAssessor();

    @BeforeAll
    static void fuseTheThreeReports() {
        Pipeline pipeline = new Pipeline(new CoreNlpAnnotator(NlpConfig.defaults()));
        Path shared = Path.of(System.getProperty("tumen.shared", "../../shared"));
        List<Path> paths = List.of(
                shared.resolve("corpus/seed/orlov-trotters.txt"),
                Path.of("src/test/resources/fuse/wire-horse-train.txt"),
                Path.of("src/test/resources/fuse/repost-horse-train.txt"));
        IndependenceGroups groups = new IndependenceGroups();
        List<Mention> mentions = new ArrayList<>();
        for (var item : new InputReader().readAll(paths)) {
            RawReport raw = (RawReport) item;
            Report r = raw.clean(pipeline.cleaner());
            String group = groups.assign(r.id(), r.text());
            for (Event e : pipeline.run(r).events()) {
                mentions.add(new Mention(r.id(), group, r.published(), OUTLETS.get(r.id()), e));
            }
        }
        fused = FusionBatch.fuse(mentions, new RuleFusion(), "F");
        tracks = assessor.tracks(fused);
        for (FusedEvent f : fused) {
            System.out.println(f.id() + " " + f.type() + " " + f.roles() + " " + f.when());
            f.claims()
                    .forEach(c -> System.out.println("    " + c.stance() + " " + c.source() + " [" + c.reportId()
                            + " / " + c.independenceGroup() + "] " + c.status() + " " + c.hedge() + ": "
                            + c.evidence().text()));
            System.out.println("    => " + assessor.assess(f, tracks));
        }
    }

    @Test
    void the_horse_train_is_one_transfer_told_by_three_reports_and_two_independent_sources() {
        List<FusedEvent> horses = transfers("RUS", "PRK", "0101").stream()
                .filter(f -> f.claims().size() > 1)
                .toList();
        assertThat(horses).hasSize(1);
        FusedEvent train = horses.getFirst();
        assertThat(train.claims())
                .extracting(Claim::reportId)
                .containsExactlyInAnyOrder("orlov-trotters", "wire-horse-train", "repost-horse-train");
        assertThat(train.claims()).allMatch(c -> c.stance() == Stance.ASSERTS);
        assertThat(train.roles()).containsEntry("quantity", 30).containsEntry("mode", "rail");

        Assessment a = assessor.assess(train, tracks);
        assertThat(a.supporting()).isEqualTo(2);
        assertThat(a.contradicting()).isZero();
        assertThat(a.credibility()).isEqualTo(1);
        assertThat(a.likelihood()).isEqualTo("very likely");
        assertThat(a.reasons()).contains("3 reports carry it, 1 of them near-copies of another, counted once");
    }

    @Test
    void the_arms_claim_is_one_transfer_with_the_north_korean_denial_against_it() {
        List<FusedEvent> shells = transfers("PRK", "RUS", "9306");
        assertThat(shells).hasSize(1);
        FusedEvent arms = shells.getFirst();
        assertThat(arms.claims())
                .filteredOn(c -> c.stance() == Stance.ASSERTS)
                .extracting(Claim::reportId)
                .containsExactlyInAnyOrder("orlov-trotters", "wire-horse-train", "repost-horse-train");
        assertThat(arms.claims())
                .filteredOn(c -> c.stance() == Stance.DENIES)
                .extracting(Claim::source)
                .contains("North Korean Defence Ministry");

        Assessment a = assessor.assess(arms, tracks);
        assertThat(a.supporting()).isEqualTo(2);
        assertThat(a.contradicting()).isEqualTo(2);
        assertThat(a.likelihood()).isEqualTo("roughly even chance");
        assertThat(a.credibility()).isEqualTo(3);
    }

    private static List<FusedEvent> transfers(String supplier, String recipient, String hs) {
        return fused.stream()
                .filter(f -> f.type().equals("TRANSFER"))
                .filter(f -> supplier.equals(f.roles().get("supplier"))
                        && recipient.equals(f.roles().get("recipient")))
                .filter(f -> hs.equals(f.roles().get("hs")))
                .toList();
    }
}
