package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.app.service.Screening;
import org.tumen.core.screen.Match;
import org.tumen.core.screen.NameBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen screen}: screens one name against the sanctions lists, or prints the name-matching evaluation. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screen a name against the UN and OFAC sanctions lists; each match explains itself.")
public final class ScreenCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, entity, vessel or aircraft.")
    String type;

    @Option(names = "--country", paramLabel = "ISO3", description = "Rank parties connected with this country first.")
    String country;

    @Option(names = "--json", description = "One JSON array of matches.")
    boolean json;

    @Option(names = "--limit", description = "Most matches shown (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--eval", paramLabel = "DIR", description = "Print the name-matching evaluation on DIR instead.")
    Path eval;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        return run(System.out);
    }

    int run(PrintStream out) throws Exception {
        if (eval != null) {
            NameBench.report(eval).forEach((k, v) -> out.println(k + ": " + v));
            return 0;
        }
        if (name == null || name.isBlank()) throw new IllegalArgumentException("give a NAME to screen, or --eval DIR");
        List<Match> matches = new Screening(store.dataDir()).screen(name, type, country, limit);
        if (json) out.println(Screening.json(matches));
        else if (matches.isEmpty()) out.println("no match for " + name);
        else matches.forEach(m -> out.println(line(m)));
        return 0;
    }

    static String line(Match m) {
        var p = m.party();
        return String.format(
                "%.2f %s %s %s %s \"%s\"%s%n     %s",
                m.score(),
                m.strong() ? "MATCH" : "weak ",
                p.listId(),
                p.reference(),
                p.type().name().toLowerCase(),
                p.name(),
                m.matchedName().equals(p.name()) ? "" : " via \"" + m.matchedName() + "\"",
                "programmes " + String.join(", ", p.programmes()) + "; " + String.join("; ", m.features()));
    }
}
