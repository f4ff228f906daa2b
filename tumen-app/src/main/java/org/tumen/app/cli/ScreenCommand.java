package org.tumen.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.Match;
import org.tumen.core.screen.NameBench;
import org.tumen.core.screen.PartyType;
import org.tumen.core.screen.Screener;
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
        Screener screener = new Screener(ListCatalog.forDataDir(store.dataDir()));
        PartyType t = type == null ? null : PartyType.parse(type);
        List<Match> matches =
                screener.screen(name, t, country).stream().limit(limit).toList();
        if (json) out.println(json(matches));
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

    private static String json(List<Match> matches) {
        ArrayNode arr = ExtractionJson.MAPPER.createArrayNode();
        for (Match m : matches) {
            ObjectNode n = arr.addObject();
            n.put("score", Math.round(m.score() * 1000) / 1000.0);
            n.put("match", m.strong());
            n.put("list", m.list());
            n.put("reference", m.party().reference());
            n.put("type", m.party().type().name().toLowerCase());
            n.put("name", m.party().name());
            n.put("matchedName", m.matchedName());
            m.programmes().forEach(n.putArray("programmes")::add);
            m.features().forEach(n.putArray("features")::add);
            m.party().dob().forEach(n.putArray("dob")::add);
            m.party().nationalities().forEach(n.putArray("nationalities")::add);
            if (m.party().listedOn() != null)
                n.put("listedOn", m.party().listedOn().toString());
        }
        return arr.toString();
    }
}
