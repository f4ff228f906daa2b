package org.tumen.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's behaviour on a real PostgreSQL server, at {@code TUMEN_TEST_PG_URL} ({@code .ci/run} starts one).
 * Each test gets a schema of its own, so tests never see each other's rows and a shared database stays usable. In CI
 * ({@code CI=true}) a missing URL is a failure: the PostgreSQL half of the acceptance must not pass by skipping.
 */
class PostgresStoreTest extends StoreContract {
    private static final String URL = System.getenv("TUMEN_TEST_PG_URL");

    private String schema;

    @BeforeAll
    static void needsServer() {
        if (URL == null || URL.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but TUMEN_TEST_PG_URL is not set: the PostgreSQL store tests cannot run");
            assumeTrue(false, "TUMEN_TEST_PG_URL is not set; PostgreSQL store tests skipped");
        }
    }

    @Override
    protected StoreConfig freshDatabase() throws Exception {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return StoreConfig.jdbc(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema == null) return;
        try (Connection c = DriverManager.getConnection(URL);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
