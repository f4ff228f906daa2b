/**
 * Tumen's store: reports, entities, extracted events, fused events with their claims and assessments, kept over
 * JDBC on embedded H2 (the default) or PostgreSQL with the same Flyway migrations, plus a Lucene index for search.
 *
 * <p>The API is {@link org.tumen.store.Store} and the records it takes and returns; everything else is in
 * {@code internal}.
 */
package org.tumen.store;
