package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.core.watch.Watchlist;
import org.tumen.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen watch add|list|rm}: the watchlists that alerts are raised for. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Add, list or remove watchlists; alerts are raised for them at ingest.",
        subcommands = {WatchCommand.Add.class, WatchCommand.Ls.class, WatchCommand.Rm.class})
public final class WatchCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Watch events that match every criterion.")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--party", description = "A party's name or ISO3 code, in any party role.")
        String party;

        @Option(names = "--place", description = "A place name; matches places containing it or contained in it.")
        String place;

        @Option(names = "--goods", paramLabel = "HS", description = "An HS code prefix, e.g. 93 or 8703.")
        String goods;

        @Option(names = "--type", description = "An event type: TRANSFER, CROSSING, STATUS_CHANGE, ACCUSE, DENY.")
        String type;

        @Option(
                names = "--min-likelihood",
                paramLabel = "PHRASE",
                description = "At least this likely: 'unlikely', 'roughly even chance', 'likely', 'very likely', …")
        String minLikelihood;

        @Override
        public Integer call() {
            Watchlist w = Watchlist.named(name)
                    .withParty(party)
                    .withPlace(place)
                    .withGoods(goods)
                    .withType(type)
                    .withMinLikelihood(minLikelihood);
            try (Store db = store.open()) {
                db.addWatch(w);
            }
            System.out.println("watch " + w.name() + ": " + w.describe());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watchlists.")
    static final class Ls implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (Store db = store.open()) {
                for (Watchlist w : db.watches()) System.out.println(w.name() + "\t" + w.describe());
            }
            return 0;
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a watchlist; its alerts stay.")
    static final class Rm implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Store db = store.open()) {
                if (db.removeWatch(name)) return 0;
            }
            System.err.println("error: no watch named " + name);
            return 1;
        }
    }
}
