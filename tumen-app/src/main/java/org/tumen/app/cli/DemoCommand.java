package org.tumen.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tumen.app.service.Folders;
import org.tumen.app.web.Tokens;
import org.tumen.app.web.WebContext;
import org.tumen.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tumen demo}: a fresh embedded store with the bundled samples in it, served to the browser. The store folder
 * is wiped first, so the demo always starts from the same state; a folder is only wiped when an earlier demo made it
 * (it holds the {@value #MARKER} file) or it is empty, never a store someone filled by hand.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample reports into a fresh store and serve the browser UI.")
public final class DemoCommand implements Callable<Integer> {
    static final String MARKER = ".tumen-demo";

    @Mixin
    ListenOptions listen;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Store folder, wiped first (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("tumen-demo-data");

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            description = "Sample reports (default: the samples folder of the Tumen checkout).")
    Path samples;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        Path from = samples != null ? samples : samplesFolder();
        // refused before any work when it could not be served: off loopback only with tokens, as serve
        Tokens tokens = Tokens.read(null, System.getenv("TUMEN_TOKENS"));
        WebServer.checkAccess(listen.bind, tokens);
        fresh(data);
        StoreOptions store = new StoreOptions();
        store.data = data;
        err.printf("tumen demo: reading the samples in %s into %s (the language models load first)%n", from, data);
        IngestCommand ingest = new IngestCommand();
        ingest.store = store;
        ingest.inputs = List.of(from);
        int status = ingest.run(System.out, err);
        if (status != 0) err.println("tumen demo: some samples were not ingested; serving the rest");
        ServeCommand.serve(
                WebContext.open(store),
                listen.bind,
                listen.port,
                tokens,
                actual -> String.format(
                        "tumen demo: open http://%s:%d/ in a browser (Ctrl-C stops)", listen.bind, actual));
        return 0;
    }

    /** {@code samples/} of the checkout the {@code tumen} script runs from, else of the working folder. */
    static Path samplesFolder() {
        String home = System.getProperty("tumen.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }

    /** Empties a folder that an earlier demo made (or creates it), and marks it as the demo's. */
    static void fresh(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                boolean ours = Files.exists(dir.resolve(MARKER));
                try (var entries = Files.list(dir)) {
                    if (!ours && entries.findAny().isPresent())
                        throw new IllegalArgumentException(
                                dir + " holds files that no demo wrote; give an empty" + " or new folder with --data");
                }
                Folders.delete(dir);
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "made by tumen demo; wiped by the next one\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
