package org.tumen.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's SQL, read once from {@code store.sql}: named blocks ({@code -- name: x}) so that every statement is
 * in one file a reviewer can read and run by hand, not in strings spread through the Java.
 */
public final class Sql {
    private static final Map<String, String> STATEMENTS = load();

    private Sql() {}

    public static String get(String name) {
        String sql = STATEMENTS.get(name);
        if (sql == null) throw new IllegalArgumentException("no statement named " + name + " in store.sql");
        return sql;
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("-- name:")) {
                if (name != null) out.put(name, body.toString().strip());
                name = t.substring("-- name:".length()).strip();
                body.setLength(0);
            } else if (name != null && !t.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, body.toString().strip());
        return Map.copyOf(out);
    }

    private static Map<String, String> load() {
        try (InputStream in = Sql.class.getResourceAsStream("store.sql")) {
            if (in == null) throw new IllegalStateException("store.sql missing from the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read store.sql", e);
        }
    }
}
