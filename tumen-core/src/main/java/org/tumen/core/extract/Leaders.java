package org.tumen.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Heads of state and government who act for their state (leaders.tsv: name, ISO alpha-3). */
final class Leaders {
    private Leaders() {}

    static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (var in = Leaders.class.getResourceAsStream("leaders.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                out.put(ClueBuilder.key(cols[0]), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read leaders.tsv", e);
        }
        return Map.copyOf(out);
    }
}
