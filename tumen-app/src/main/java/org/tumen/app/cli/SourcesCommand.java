package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.store.SourceView;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tumen sources}: each source's Admiralty reliability and the record it rests on. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "List sources with their reliability and track record.")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            for (SourceView s : db.sources())
                System.out.println(json ? s.toJson().toString() : Render.source(s));
        }
        return 0;
    }
}
