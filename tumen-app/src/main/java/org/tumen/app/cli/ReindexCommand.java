package org.tumen.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.tumen.app.service.Folders;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tumen reindex}: rebuilds the search index from the store. The database is the record and the index is
 * derived from it; a store filled by the Flink job (which writes no index), by another machine, or left with an
 * index behind it after a crash between the two commits, gets its index back. The new index is built beside the old
 * one and takes its place only when complete, so an interrupted rebuild leaves search as it was.
 */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index (every stored report revision, and the events) from the store.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        Path folder = Indexer.folder(store);
        Path fresh = folder.resolveSibling(folder.getFileName() + ".new");
        Folders.delete(fresh);
        int reports;
        try (Store db = store.open();
                Indexer index = new Indexer(fresh)) {
            Progress progress = Progress.start("reindex", err);
            reports = index.reports(db, () -> progress.step(0));
            progress.finish();
            index.events(db);
        }
        replace(folder, fresh);
        out.printf("reindex: %d reports (every revision) and the events indexed in %s%n", reports, folder);
        return 0;
    }

    /** The old index goes only once the new one is complete and closed. */
    private static void replace(Path folder, Path fresh) {
        Path old = folder.resolveSibling(folder.getFileName() + ".old");
        try {
            Folders.delete(old);
            if (Files.exists(folder)) Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            Folders.delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new index in place of " + folder + ": " + e.getMessage(), e);
        }
    }
}
