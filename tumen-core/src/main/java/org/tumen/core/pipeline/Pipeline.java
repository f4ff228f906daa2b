package org.tumen.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumen.core.annotate.AnnotatedText;
import org.tumen.core.annotate.LanguageAnnotator;
import org.tumen.core.extract.Clue;
import org.tumen.core.extract.ClueBuilder;
import org.tumen.core.extract.Clues;
import org.tumen.core.extract.EventExtractor;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.ingest.TextCleaner;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;
import org.tumen.core.recognise.DomainRecognizer;
import org.tumen.core.rules.PartyScreen;
import org.tumen.core.rules.RuleSet;
import org.tumen.core.rules.SanctionsChecker;
import org.tumen.core.screen.ListedPartyScreen;
import org.tumen.core.time.TimeTagger;

/**
 * The one pipeline that the CLI, the server and the distributed job all run: clean, annotate, recognise, extract,
 * check against sanctions rules and screen the named parties of transfers against the sanctions lists.
 * Immutable and safe to share across threads; build one per JVM since the language stage holds large models.
 */
public final class Pipeline {
    private final TextCleaner cleaner;
    private final LanguageAnnotator language;
    private final DomainRecognizer recognizer;
    private final TimeTagger times;
    private final ClueBuilder clueBuilder;
    private final EventExtractor extractor;
    private final SanctionsChecker sanctions;

    /** The pipeline with the bundled sanctions lists screening the parties of every transfer and crossing. */
    public Pipeline(LanguageAnnotator language) {
        this(language, ListedPartyScreen.forDataDir(null));
    }

    /**
     * @param parties answers whether a named party is listed ({@link PartyScreen#NONE}: no party is); asked once per
     *     distinct party name of a report
     */
    public Pipeline(LanguageAnnotator language, PartyScreen parties) {
        this.recognizer = DomainRecognizer.defaults();
        // only people's names: goods terms such as "Orlov Trotter" are followed by a plural s, not a lost space
        this.cleaner = new TextCleaner();
        this.language = language;
        this.times = new TimeTagger();
        this.clueBuilder = new ClueBuilder();
        this.extractor = new EventExtractor();
        this.sanctions = new SanctionsChecker(RuleSet.defaults(), parties);
    }

    private Pipeline(Pipeline p, SanctionsChecker sanctions) {
        this.recognizer = p.recognizer;
        this.cleaner = p.cleaner;
        this.language = p.language;
        this.times = p.times;
        this.clueBuilder = p.clueBuilder;
        this.extractor = p.extractor;
        this.sanctions = sanctions;
    }

    /** The same stages (and the same loaded models) with another party screen, e.g. the lists of a data folder. */
    public Pipeline withPartyScreen(PartyScreen parties) {
        return new Pipeline(this, new SanctionsChecker(RuleSet.defaults(), parties));
    }

    public TextCleaner cleaner() {
        return cleaner;
    }

    public String languageDescription() {
        return language.description();
    }

    public Extraction run(RawReport raw) {
        return run(raw.clean(cleaner));
    }

    /** Runs on a report whose text is already clean (evidence offsets refer to it as it is). */
    public Extraction run(Report report) {
        AnnotatedText annotated = language.annotate(report.text());
        Clues clues = clueBuilder.build(annotated, recognizer.recognize(report.text()), times(report));
        List<Event> events = extractor.extract(report, annotated, clues);
        // after extraction, so every TRANSFER carries its flags in the event contract and the why beside it
        SanctionsChecker.Checked checked = sanctions.apply(report, events);
        return new Extraction(
                report, checked.events(), entities(report.text(), clues), annotated.tokenCount(), checked.flags());
    }

    /**
     * Time expressions anchored at the publication date. An undated report keeps only the expressions that need no
     * anchor: those that resolve the same against two far-apart anchors ("in February 2020", not "last week").
     */
    private List<org.tumen.core.time.TimeExpression> times(Report report) {
        if (report.published() != null) return times.tag(report.text(), report.published());
        var a = times.tag(report.text(), java.time.LocalDate.of(2001, 1, 15));
        var b = java.util.Set.copyOf(times.tag(report.text(), java.time.LocalDate.of(2011, 7, 20)));
        return a.stream().filter(b::contains).toList();
    }

    private static List<EntityRef> entities(String text, Clues clues) {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, String[]> identity = new LinkedHashMap<>();
        for (Clue c : clues.all()) {
            String kind = switch (c.kind()) {
                case STATE -> "COUNTRY";
                case NAMED -> "PERSON".equals(c.code()) ? "PERSON" : "ORGANIZATION";
                case GOODS -> "GOODS";
                case VEHICLE -> "VEHICLE";
                case PLACE -> "PLACE";
                default -> null;
            };
            if (kind == null) continue;
            String name = c.kind() == Clue.Kind.STATE
                    ? c.value()
                    : c.kind() == Clue.Kind.GOODS ? c.value() : c.kind() == Clue.Kind.NAMED ? c.value() : c.surface();
            String code = switch (c.kind()) {
                case STATE -> c.value();
                case GOODS -> c.code();
                case PLACE -> c.code();
                default -> null;
            };
            String key = kind + "|" + name;
            identity.putIfAbsent(key, new String[] {kind, name, code});
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(Span.of(text, c.begin(), c.end()));
        }
        List<EntityRef> out = new ArrayList<>();
        identity.forEach((key, id) -> out.add(new EntityRef(id[0], id[1], id[2], mentions.get(key))));
        return out;
    }
}
