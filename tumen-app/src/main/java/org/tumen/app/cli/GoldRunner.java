package org.tumen.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.pipeline.Pipelines;

/**
 * {@code eval --run}: extracts the reports a gold folder annotates. Each gold file names its report's {@code file}
 * relative to the shared data folder (the gold folder's grandparent's parent, {@code shared/eval/events/dev}); a
 * JSONL file contributes only the records the gold names.
 */
public final class GoldRunner implements Function<Path, Path> {
    @Override
    public Path apply(Path goldDir) {
        try {
            Map<Path, Set<String>> wanted = wanted(goldDir);
            Path out = Files.createTempFile("tumen-eval-", ".jsonl");
            Pipeline pipeline = Pipelines.get();
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (var entry : wanted.entrySet()) {
                    for (InputItem item : new InputReader().readAll(List.of(entry.getKey()))) {
                        if (!(item instanceof RawReport raw)) {
                            System.err.println("error: " + item);
                            continue;
                        }
                        boolean jsonl = entry.getKey().toString().endsWith(".jsonl");
                        if (jsonl && !entry.getValue().contains(raw.id())) continue;
                        w.write(ExtractionJson.line(pipeline.run(raw)));
                        w.newLine();
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, Set<String>> wanted(Path goldDir) throws IOException {
        Path shared = sharedRoot(goldDir);
        Map<Path, Set<String>> wanted = new LinkedHashMap<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = new ArrayList<>(
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        for (Path gold : golds) {
            JsonNode g = ExtractionJson.MAPPER.readTree(gold.toFile());
            Path file = shared.resolve(g.path("file").asText());
            wanted.computeIfAbsent(file, k -> new java.util.HashSet<>())
                    .add(g.path("report").asText());
        }
        return wanted;
    }

    private static Path sharedRoot(Path goldDir) {
        String configured = System.getProperty("tumen.shared");
        if (configured != null) return Path.of(configured);
        Path abs = goldDir.toAbsolutePath().normalize();
        Path candidate = abs.getParent() == null ? abs : abs.getParent().getParent();
        return candidate == null ? abs : candidate.getParent() == null ? candidate : candidate.getParent();
    }
}
