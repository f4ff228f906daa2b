package org.tumen.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * score.py's {@code load_json_objects}: a folder's *.json and *.jsonl entries in sorted name order, a .json file as
 * one value (a list gives its elements), anything else as one value per line. Each value remembers its file, so that
 * a later complaint can name it.
 */
final class JsonObjects {
    /** A value read from a file. */
    record Sourced(JsonNode value, Path file) {}

    // json.loads reads NaN and Infinity and rejects trailing data; Jackson needs telling both
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonObjects() {}

    static List<Sourced> load(Path path) {
        List<Sourced> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (Path entry : sortedEntries(path)) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".jsonl")) out.addAll(load(entry));
            }
            return out;
        }
        String text = Py.strip(read(path));
        if (text.isEmpty()) return out;
        if (path.toString().endsWith(".json")) {
            JsonNode value = parse(path, text, 0);
            if (value.isArray()) value.forEach(v -> out.add(new Sourced(v, path)));
            else out.add(new Sourced(value, path));
            return out;
        }
        List<String> lines = Py.splitlines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (!Py.strip(lines.get(i)).isEmpty()) out.add(new Sourced(parse(path, lines.get(i), i + 1), path));
        }
        return out;
    }

    private static List<Path> sortedEntries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted((a, b) -> Py.CODE_POINT_ORDER.compare(
                            a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new EvalInputException(dir, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8, and universal newlines as Python's text mode reads them. */
    private static String read(Path path) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new EvalInputException(path, "not UTF-8", e);
        } catch (NoSuchFileException e) {
            throw new EvalInputException(path, "no such file or folder", e);
        } catch (IOException e) {
            throw new EvalInputException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path path, String text, int line) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = line > 0 ? "line " + line + ": " : "";
            throw new EvalInputException(path, where + "not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
