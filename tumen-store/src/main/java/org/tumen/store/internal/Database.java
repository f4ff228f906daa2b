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
 * would cost more than the operation. Connections are pooled: {@link #connection()} hands out an idle one when
 * there is one (opening a new one otherwise), and closing it gives it back, its transaction rolled back and
 * auto-commit restored; at most {@link #IDLE} wait, the rest are closed. On PostgreSQL that saves a TCP
 * connection and an authentication per read.
 */
public final class Database implements AutoCloseable {
    /** Idle connections kept for reuse. */
    static final int IDLE = 4;

    private final StoreConfig config;
    private final Connection keepAlive;
    private final java.util.concurrent.BlockingDeque<Connection> idle =
            new java.util.concurrent.LinkedBlockingDeque<>(IDLE);
    private volatile boolean closed;

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
            migrate(config);
        } catch (FlywayException e) {
            close(first);
            throw new StoreException(
                    "cannot migrate the database at " + config.displayUrl() + ": " + firstLine(e.getMessage()), e);
        }
        if (config.isH2()) return new Database(config, first);
        close(first);
        return new Database(config, null);
    }

    /** One migration at a time per database in this JVM; see {@link #migrate(StoreConfig)}. */
    private static final java.util.concurrent.ConcurrentMap<String, Object> MIGRATING =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Migrates, one store at a time per database URL in this JVM. Two processes opening one fresh database at
     * once can still both try to create Flyway's history table (Flyway's lock is a row in that table, so it
     * cannot guard the table's own creation); the loser fails on a duplicate version 1. Migrating again then
     * finds the winner's history and has nothing or the rest to do, so a failure is retried once, after the
     * winner has had time to finish; a real failure fails the same way twice and is reported.
     */
    private static void migrate(StoreConfig config) {
        synchronized (MIGRATING.computeIfAbsent(config.jdbcUrl(), url -> new Object())) {
            try {
                flyway(config).migrate();
            } catch (FlywayException first) {
                pause(500);
                try {
                    flyway(config).migrate();
                } catch (FlywayException again) {
                    // the first failure says what went wrong; the retry's may only say a migration failed before
                    first.addSuppressed(again);
                    throw first;
                }
            }
        }
    }

    private static Flyway flyway(StoreConfig config) {
        return Flyway.configure()
                .dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("classpath:db/migration")
                .load();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public StoreConfig config() {
        return config;
    }

    public Connection connection() throws SQLException {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (!c.isClosed()) return lend(c);
        }
        return lend(connect(config));
    }

    /** A view of c whose close() gives c back to the pool. */
    private Connection lend(Connection c) {
        var returned = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (returned.compareAndSet(false, true)) giveBack(c);
                            return null;
                        }
                        case "isClosed" -> {
                            return returned.get() || c.isClosed();
                        }
                        case "unwrap" -> {
                            return c.unwrap((Class<?>) args[0]);
                        }
                        default -> {
                            if (returned.get()) throw new SQLException("connection already closed");
                            try {
                                return method.invoke(c, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void giveBack(Connection c) {
        try {
            if (c.isClosed()) return;
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (!closed && idle.offerFirst(c)) {
                if (closed && idle.remove(c)) close(c);
                return;
            }
        } catch (SQLException e) {
            // a broken connection: not reused
        }
        close(c);
    }

    private static Connection connect(StoreConfig config) throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) p.setProperty("user", config.user());
        if (config.password() != null) p.setProperty("password", config.password());
        return DriverManager.getConnection(config.jdbcUrl(), p);
    }

    /** Work on one connection in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    public <T> T transaction(String what, Work<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T out = work.apply(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
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
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) close(c);
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
