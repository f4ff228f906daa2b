/**
 * The store's JDBC internals: connections and migrations, the one-transaction ingest, the read queries, and the
 * loader of {@code store.sql}. Not API: only {@link org.tumen.store.Store} and its records are, so the SQL and the
 * tables can change without callers noticing.
 */
package org.tumen.store.internal;
