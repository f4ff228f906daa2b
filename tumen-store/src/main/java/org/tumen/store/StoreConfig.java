package org.tumen.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives: an embedded H2 database in a data folder (the default, {@code ./tumen-data}), or any JDBC
 * URL (PostgreSQL in production). Credentials that are not in the URL come from {@code TUMEN_DB_USER} and
 * {@code TUMEN_DB_PASSWORD}, read once here so that no other code reads the environment.
 *
 * @param dataDir the H2 data folder; null when {@code url} is given
 * @param url a JDBC URL; null for the embedded database in {@code dataDir}
 * @param user database user, or null when the URL carries it (or H2 needs none)
 * @param password database password, or null
 */
public record StoreConfig(Path dataDir, String url, String user, String password) {
    public static final Path DEFAULT_DATA_DIR = Path.of("tumen-data");

    /**
     * H2 in PostgreSQL mode so that one set of SQL serves both databases; LOCK_TIMEOUT is raised from H2's 1 s
     * because an ingest waits for the ingest lock while another report is fused.
     */
    /** The embedded database's name in the data folder (H2 adds {@code .mv.db}). */
    private static final String H2_FILE = "tumen";

    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000";

    public StoreConfig {
        if ((dataDir == null) == (url == null))
            throw new IllegalArgumentException("give either a data folder or a JDBC URL");
        if (url != null && !url.startsWith("jdbc:"))
            throw new IllegalArgumentException("not a JDBC URL (it must start with jdbc:): " + url);
    }

    public static StoreConfig defaults() {
        return embedded(DEFAULT_DATA_DIR);
    }

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(Objects.requireNonNull(dataDir, "dataDir"), null, null, null);
    }

    /** A JDBC URL, with user and password from the environment unless the URL names them. */
    public static StoreConfig jdbc(String url) {
        return new StoreConfig(null, url, System.getenv("TUMEN_DB_USER"), System.getenv("TUMEN_DB_PASSWORD"));
    }

    /** The {@code --data} / {@code --db} pair of the commands: the URL wins when both are given. */
    public static StoreConfig of(Path dataDir, String url) {
        if (url != null && !url.isBlank()) return jdbc(url);
        return embedded(dataDir != null ? dataDir : DEFAULT_DATA_DIR);
    }

    /** The URL the driver gets; an H2 URL without a MODE gets the PostgreSQL-mode options the SQL relies on. */
    public String jdbcUrl() {
        if (url == null) return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(H2_FILE) + H2_OPTIONS;
        if (url.startsWith("jdbc:h2:")
                && !url.toUpperCase(java.util.Locale.ROOT).contains("MODE=")) return url + H2_OPTIONS;
        return url;
    }

    /** The URL as shown in messages: without any password parameter. */
    public String displayUrl() {
        return (url != null ? url : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(H2_FILE))
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * Whether there is a store to open without creating one: a database URL was given (the server is the judge), or
     * the data folder holds the embedded database's file.
     */
    public boolean exists() {
        return url != null || java.nio.file.Files.exists(dataDir.resolve(H2_FILE + ".mv.db"));
    }

    public boolean isH2() {
        return jdbcUrl().startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + displayUrl() + (user != null ? ", user " + user : "") + "]";
    }
}
