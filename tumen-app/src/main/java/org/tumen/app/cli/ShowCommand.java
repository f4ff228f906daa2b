package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen show EVENT_ID}: one event with the claims for and against it and the sentences they rest on. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show an event: claims for and against, evidence, assessment.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "EVENT_ID")
    String id;

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            var detail = db.event(id);
            if (detail.isEmpty()) {
                System.err.println(
                        "error: no event with id " + id + " in " + db.config().displayUrl());
                return 1;
            }
            System.out.println(json ? detail.get().toJson().toString() : Render.detail(detail.get()));
        }
        return 0;
    }
}
