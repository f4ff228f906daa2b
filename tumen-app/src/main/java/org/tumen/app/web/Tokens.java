package org.tumen.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API tokens a server accepts, each with its {@link Role}. Read from lines {@code TOKEN ROLE} (a token file, or
 * {@code $TUMEN_TOKENS} where entries may also be separated by commas); {@code #} starts a comment. Only digests
 * are kept, so a token never sits in memory longer than its request.
 */
public final class Tokens {
    /** Shorter tokens are refused: a server off loopback should not be guessable. */
    public static final int MIN_LENGTH = 16;

    private final Map<String, Role> byDigest;

    private Tokens(Map<String, Role> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    public static Tokens none() {
        return new Tokens(Map.of());
    }

    /** The tokens of a token file and of {@code env} (the value of {@code $TUMEN_TOKENS}; null or blank for none). */
    public static Tokens read(Path file, String env) {
        Map<String, Role> all = new HashMap<>();
        if (file != null) {
            try {
                parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), all);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage());
            }
        }
        if (env != null) parse(List.of(env.split("[\\n,]")), "TUMEN_TOKENS", all);
        return new Tokens(all);
    }

    /** Tokens from lines, for tests and the env variable; {@code where} names the source in errors. */
    public static Tokens parse(List<String> lines, String where) {
        Map<String, Role> all = new HashMap<>();
        parse(lines, where, all);
        return new Tokens(all);
    }

    private static void parse(List<String> lines, String where, Map<String, Role> into) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] parts = line.split("\\s+");
            String at = where + " entry " + (i + 1);
            if (parts.length != 2) throw new IllegalArgumentException(at + ": expected 'TOKEN ROLE'");
            if (parts[0].length() < MIN_LENGTH)
                throw new IllegalArgumentException(at + ": a token has at least " + MIN_LENGTH + " characters");
            into.put(digest(parts[0]), Role.parse(parts[1]));
        }
    }

    public boolean isEmpty() {
        return byDigest.isEmpty();
    }

    /** The role of {@code token}, or empty when it is not one of these. */
    public Optional<Role> role(String token) {
        return Optional.ofNullable(byDigest.get(digest(token)));
    }

    private static String digest(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
