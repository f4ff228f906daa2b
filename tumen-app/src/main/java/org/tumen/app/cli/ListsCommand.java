package org.tumen.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.PartyType;
import org.tumen.core.screen.SanctionsList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tumen lists}: shows the sanctions lists in use; {@code lists update} installs newer files. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "Show the sanctions lists in use (list, date, counts, files).",
        subcommands = ListsCommand.Update.class)
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
                    + " installed if any file fails to read.")
    static final class Update implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Mixin
        StoreOptions store;

        @ParentCommand
        ListsCommand parent;

        @Override
        public Integer call() {
            ListCatalog catalog =
                    ListCatalog.forDataDir(store.orParent(parent.store).dataDir());
            catalog.update(files).forEach(s -> System.out.println("installed " + s));
            show(catalog, System.out);
            return 0;
        }
    }
}
