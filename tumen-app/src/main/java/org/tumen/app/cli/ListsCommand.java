package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.PartyType;
import org.tumen.core.screen.SanctionsList;
import org.tumen.store.RescreenOutcome;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tumen lists}: shows the sanctions lists in use; {@code lists update} installs newer files. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "Show the sanctions lists in use (list, date, counts, files).",
        subcommands = {ListsCommand.Update.class, ListsCommand.Rescreen.class})
public final class ListsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        show(ListCatalog.forDataDir(store.dataDir()), System.out);
        return 0;
    }

    static void show(ListCatalog catalog, PrintStream out) {
        for (SanctionsList l : catalog.lists()) {
            out.printf(
                    "%s as of %s: %d parties (%d persons, %d entities, %d vessels, %d aircraft), %d names%n",
                    l.id(),
                    l.asOf() == null ? "unknown" : l.asOf(),
                    l.parties().size(),
                    l.count(PartyType.PERSON),
                    l.count(PartyType.ENTITY),
                    l.count(PartyType.VESSEL),
                    l.count(PartyType.AIRCRAFT),
                    l.nameCount());
            l.sources().forEach(s -> out.println("  from " + s));
            l.notes().forEach(n -> out.println("  note: " + n));
        }
    }

    /** {@code tumen lists update FILE...}: validates every file, then installs them in {@code <data>/lists/}. */
    @Command(
            name = "update",
            mixinStandardHelpOptions = true,
            description = "Validate list files (un*.xml, sdn*.csv, alt*.csv, add*.csv, optionally .gz) and install"
                    + " them in <data>/lists/, where later runs prefer them to the bundled lists. Nothing is"
                    + " installed if any file fails to read. Then the stored entities are screened again against"
                    + " the lists now in use.")
    static final class Update implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Option(
                names = "--no-rescreen",
                description = "Only install: leave the stored entities' matches as they are (lists rescreen does it"
                        + " later).")
        boolean noRescreen;

        @Mixin
        StoreOptions store;

        @ParentCommand
        ListsCommand parent;

        @Override
        public Integer call() {
            StoreOptions where = store.orParent(parent.store);
            ListCatalog catalog = ListCatalog.forDataDir(where.dataDir());
            catalog.update(files).forEach(s -> System.out.println("installed " + s));
            show(catalog, System.out);
            if (!noRescreen) rescreen(where, System.out, System.err);
            return 0;
        }
    }

    /** {@code tumen lists rescreen}: screens the stored entities again against the lists in use. */
    @Command(
            name = "rescreen",
            mixinStandardHelpOptions = true,
            description = "Screen every stored person and organisation again against the lists in use, as lists"
                    + " update does, and say how many are newly listed, no longer listed or listed otherwise.")
    static final class Rescreen implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @ParentCommand
        ListsCommand parent;

        @Override
        public Integer call() {
            rescreen(store.orParent(parent.store), System.out, System.err);
            return 0;
        }
    }

    /**
     * Screens the store's entities again, if there is a store: a data folder that holds lists but no store yet has
     * nothing to screen. Entities are screened once when first stored, so without this a list update would change
     * nothing already stored.
     */
    static void rescreen(StoreOptions store, PrintStream out, PrintStream log) {
        if (!store.config().exists()) {
            out.println("no store in " + store.dataDir() + ": no entities to screen again");
            return;
        }
        try (Store db = store.open()) {
            RescreenOutcome outcome = db.rescreen(
                    n -> log.println("rescreen: " + n + " entities screened"),
                    org.tumen.store.StandardStore.listedParties(store.dataDir()));
            out.println(outcome.summary());
        }
    }
}
