package org.tumen.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.app.service.Instants;
import org.tumen.core.watch.Alert;
import org.tumen.core.watch.AtomFeed;
import org.tumen.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tumen alerts}: the alerts raised so far, as lines, JSON lines or an Atom feed. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Show the alerts raised for the watchlists, oldest first.",
        subcommands = {AlertsCommand.Feed.class})
public final class AlertsCommand implements Callable<Integer> {
    static final int MAX = 100_000;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "Only alerts raised at or after this date (YYYY-MM-DD) or instant (ISO 8601).")
    String since;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            for (Alert a : db.alertsSince(since(since), MAX))
                System.out.println(json ? a.toJson().toString() : line(a));
        }
        return 0;
    }

    static String line(Alert a) {
        return String.join(
                "\t",
                a.raised().toString(),
                a.kind().wire(),
                a.watch(),
                a.event() == null ? "-" : a.event(),
                a.place() == null ? "-" : a.place(),
                a.at() == null ? "-" : a.at(),
                a.reason());
    }

    static Instant since(String value) {
        try {
            return Instants.since(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new AlertsCommand()), "--since " + e.getMessage());
        }
    }

    @Command(name = "feed", mixinStandardHelpOptions = true, description = "Write the alerts as an Atom 1.0 feed.")
    static final class Feed implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @ParentCommand
        AlertsCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the feed here (default: stdout).")
        Path out;

        @Option(names = "--since", paramLabel = "WHEN", description = "As for alerts.")
        String since;

        @Override
        public Integer call() throws IOException {
            List<Alert> alerts;
            try (Store db = store.orParent(parent.store).open()) {
                alerts = new ArrayList<>(db.alertsSince(since(since), MAX));
            }
            String xml = AtomFeed.write(alerts.reversed(), Instant.now());
            if (out == null) {
                System.out.print(xml);
                return 0;
            }
            // written beside and moved into place, so a feed reader never sees half a feed
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".alerts", ".xml");
            Files.writeString(tmp, xml, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        }
    }
}
