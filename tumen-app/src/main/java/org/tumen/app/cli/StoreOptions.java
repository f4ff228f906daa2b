package org.tumen.app.cli;

import java.nio.file.Path;
import org.tumen.core.pipeline.Pipelines;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import picocli.CommandLine.Option;

/** {@code --data} and {@code --db}, shared by every command that reads or writes the store. */
public final class StoreOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Embedded store folder (default: $TUMEN_DATA or ./tumen-data).")
    public Path data;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead (jdbc:postgresql://…; credentials from TUMEN_DB_USER and"
                    + " TUMEN_DB_PASSWORD unless in the URL).")
    public String db;

    /**
     * These options, each one not given here taken from the parent command's: {@code tumen lists --data D update F}
     * must install into D, as {@code tumen lists update --data D F} does, not into the default folder.
     */
    public StoreOptions orParent(StoreOptions parent) {
        StoreOptions merged = new StoreOptions();
        merged.data = data != null || parent == null ? data : parent.data;
        merged.db = db != null || parent == null ? db : parent.db;
        return merged;
    }

    public StoreConfig config() {
        Path dir = data != null ? data : envData();
        return StoreConfig.of(dir, db);
    }

    /**
     * The data folder: the embedded database's, and the search index's whatever the database (with {@code --db}
     * the index still lives in {@code --data}, {@code $TUMEN_DATA} or {@code ./tumen-data}).
     */
    public Path dataDir() {
        return data != null ? data : envData();
    }

    /** {@code $TUMEN_DATA}, else {@code ./tumen-data}: the data folder when none is given. */
    static Path envData() {
        String env = System.getenv("TUMEN_DATA");
        return env == null || env.isBlank() ? StoreConfig.DEFAULT_DATA_DIR : Path.of(env);
    }

    /** Opens the store as every writer of the product does ({@link org.tumen.store.StandardStore}). */
    public Store open() {
        return org.tumen.store.StandardStore.open(config(), dataDir());
    }

    /** The pipeline, its party screen reading this data folder's lists. */
    public org.tumen.core.pipeline.Pipeline pipeline() {
        return Pipelines.forDataDir(dataDir());
    }
}
