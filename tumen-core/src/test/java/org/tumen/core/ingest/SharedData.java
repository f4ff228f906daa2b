package org.tumen.core.ingest;

import java.nio.file.Path;

/** Where the team's shared corpus lives; Maven runs tests from the module folder, two levels below /work. */
final class SharedData {
    private SharedData() {}

    static Path shared() {
        return Path.of(System.getProperty("tumen.shared", "../../shared"));
    }

    static Path corpus(String name) {
        return shared().resolve("corpus").resolve(name);
    }

    static Path seed() {
        return corpus("seed/orlov-trotters.txt");
    }
}
