package org.tumen.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.tumen.store.StoreConfig;
import org.tumen.store.StoreException;

/**
 * Connections to the configured database, migrated on open. For embedded H2 one connection stays open for the
 * store's lifetime: H2 closes a file database when its last connection closes, and reopening it per operation
 * would cost more than the operation.
 */
public final class Database implements AutoCloseable {
    private final StoreConfig config;
    private final Connection keepAlive;

    private Database(StoreConfig config, Connection keepAlive) {
        this.config = config;
        this.keepAlive = keepAlive;
    }

    public static Database open(StoreConfig config) {
        Connection first;
        try {
            first = connect(config);
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot reach the database at " + config.displayUrl() + ": " + firstLine(e.getMessage()), e);
        }
        try {
            Flyway.configure()
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            close(first);
            throw new StoreException(
                    "cannot migrate the database at " + config.displayUrl() + ": " + firstLine(e.getMessage()), e);
        }
        if (config.isH2()) return new Database(config, first);
        close(first);
        return new Database(config, null);
    }

    public StoreConfig config() {
        return config;
    }

    public Connection connection() throws SQLException {
        return connect(config);
    }

    private static Connection connect(StoreConfig config) throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) p.setProperty("user", config.user());
        if (config.password() != null) p.setProperty("password", config.password());
        return DriverManager.getConnection(config.jdbcUrl(), p);
    }

    public StoreException failure(String what, SQLException e) {
        return new StoreException(what + " failed on " + config.displayUrl() + ": " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String message) {
        if (message == null) return "no message";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        if (keepAlive != null) close(keepAlive);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing on the way out: nothing left to do with the error
        }
    }
}
