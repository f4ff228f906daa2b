package org.tumen.core.recognise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed report, read from ../shared as the build places it. */
final class SeedText {
    private SeedText() {}

    static String orlovTrotters() {
        Path shared = Path.of(System.getProperty("tumen.shared", "../../shared"));
        try {
            return Files.readString(shared.resolve("corpus/seed/orlov-trotters.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
