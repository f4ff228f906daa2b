/**
 * Tumen's store: reports, entities, extracted events, fused events with their claims and assessments, kept over
 * JDBC on embedded H2 (the default) or PostgreSQL with the same Flyway migrations, plus a Lucene index for search.
 */
package org.tumen.store;
