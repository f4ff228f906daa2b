package org.tumen.core.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;
import org.tumen.core.model.Span;

/** The seed story by hand: the horse train, its crossing, the shells claim with its denial and its doubt. */
final class Fixtures {
    static final String STUFF = "stuff-2022-11-06-orlov";
    static final String NORTH38 = "38north-2022-11-04-railcars";
    static final String KCNA = "kcna-2022-11-08-denial";

    private Fixtures() {}

    static ExportBundle seed() {
        return bundle(
                "Russia’s veterinary service",
                "Russia’s veterinary service said a train had crossed the border "
                        + "into North Korea carrying horses.");
    }

    /** The seed with one claim's source and evidence replaced, for hostile-text tests. */
    static ExportBundle bundle(String vetSource, String vetEvidence) {
        FusedEvent horses = new FusedEvent(
                "ev-horses",
                "TRANSFER",
                roles(
                        "supplier",
                        "RUS",
                        "recipient",
                        "PRK",
                        "item",
                        "Orlov Trotter horses",
                        "quantity",
                        30,
                        "mode",
                        "rail"),
                "2022-11-02",
                List.of(claim(
                        "c-vet",
                        STUFF,
                        "g-stuff",
                        LocalDate.of(2022, 11, 6),
                        vetSource,
                        Stance.ASSERTS,
                        "asserted",
                        null,
                        vetEvidence)));
        FusedEvent crossing = new FusedEvent(
                "ev-crossing",
                "CROSSING",
                roles(
                        "vehicle",
                        "train",
                        "item",
                        "horses",
                        "from",
                        "RUS",
                        "to",
                        "PRK",
                        "place",
                        "Tumangang Friendship Bridge",
                        "basis",
                        "official"),
                "2022-11-02",
                List.of(claim(
                        "c-cross",
                        STUFF,
                        "g-stuff",
                        LocalDate.of(2022, 11, 6),
                        "Russia’s veterinary service",
                        Stance.ASSERTS,
                        "asserted",
                        null,
                        "a train had crossed the border into North Korea")));
        FusedEvent shells = new FusedEvent(
                "ev-shells",
                "TRANSFER",
                roles(
                        "supplier",
                        "PRK",
                        "recipient",
                        "RUS",
                        "item",
                        "artillery shells",
                        "declared_destination",
                        List.of("Middle East", "North Africa")),
                "2022-09/2022-11-02",
                List.of(
                        claim(
                                "c-wh",
                                STUFF,
                                "g-stuff",
                                LocalDate.of(2022, 11, 6),
                                "White House",
                                Stance.ASSERTS,
                                "alleged",
                                "indicates",
                                "the DPRK is covertly supplying Russia’s war in Ukraine with a "
                                        + "significant number of artillery shells"),
                        claim(
                                "c-kcna",
                                KCNA,
                                "g-kcna",
                                LocalDate.of(2022, 11, 8),
                                "North Korea",
                                Stance.DENIES,
                                "denied",
                                null,
                                "We have never exported weapons or ammunition to Russia before"),
                        claim(
                                "c-38",
                                NORTH38,
                                "g-38",
                                LocalDate.of(2022, 11, 4),
                                "38 North",
                                Stance.DOUBTS,
                                "uncertain",
                                "could not be determined",
                                "Whether a transfer of material was in progress could not be determined")));
        FusedEvent deny = new FusedEvent(
                "ev-deny",
                "DENY",
                roles("denier", List.of("PRK"), "about", "arms exports to Russia"),
                "2022-11-08",
                List.of(claim(
                        "c-deny",
                        KCNA,
                        "g-kcna",
                        LocalDate.of(2022, 11, 8),
                        "North Korea",
                        Stance.ASSERTS,
                        "asserted",
                        null,
                        "We have never exported weapons or ammunition to Russia before")));
        Map<String, Assessment> assessments = Map.of(
                "ev-horses",
                new Assessment(1, 0, "B", 2, "likely", 0.7, List.of("One official source states it.")),
                "ev-crossing",
                new Assessment(1, 0, "B", 2, "likely", 0.7, List.of("One official source states it.")),
                "ev-shells",
                new Assessment(
                        1,
                        1,
                        "B",
                        3,
                        "roughly even chance",
                        0.5,
                        List.of("The White House alleges it.", "North Korea denies it.", "38 North could not tell.")));
        List<ReportRef> reports = List.of(
                new ReportRef(
                        STUFF,
                        "Russia sends 30 Orlov Trotter horses to North Korea",
                        "Stuff",
                        "https://www.stuff.co.nz/world/asia/130372016/orlov-trotters",
                        LocalDate.of(2022, 11, 6)),
                new ReportRef(
                        NORTH38,
                        "Russia–North Korea rail traffic resumes",
                        "38 North",
                        "https://www.38north.org/2022/11/railcars/",
                        LocalDate.of(2022, 11, 4)),
                new ReportRef(KCNA, "DPRK Defence Ministry spokesman", "KCNA", null, LocalDate.of(2022, 11, 8)));
        return ExportBundle.of(List.of(shells, horses, deny, crossing), assessments, reports)
                .withSourceReliability(Map.of("White House", "B", "38 North", "B", "North Korea", "E"));
    }

    static Claim claim(
            String id,
            String report,
            String group,
            LocalDate published,
            String source,
            Stance stance,
            String status,
            String hedge,
            String evidence) {
        return new Claim(
                id,
                report,
                group,
                published,
                source,
                stance,
                status,
                hedge,
                new Span(100, 100 + evidence.length(), evidence));
    }

    static Map<String, Object> roles(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
