package org.tumen.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tumen.core.export.ExportFormat;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tumen export}: the filtered events as STIX 2.1, FollowTheMoney, CSV or GeoJSON. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export events as STIX 2.1, FollowTheMoney, CSV or GeoJSON.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    EventFilters filters;

    @Option(names = "--format", required = true, description = "stix, ftm, csv or geojson.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        var exporter = ExportFormat.of(format).exporter();
        var query = filters.query();
        try (Store db = store.open()) {
            var bundle = Views.bundle(db.events(query), db.sources());
            try (Writer w = out == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                exporter.write(bundle, w);
            }
        }
        return 0;
    }
}
