/**
 * Watchlists and alerts: which fused events an analyst watches (by party, place, goods HS prefix, type and a minimum
 * likelihood), and the alerts raised when a watched event arrives, its assessment changes, a sanctions flag is
 * raised on it, or a watched place resumes or bursts. Pure functions over core records; the store calls them inside
 * each ingest so an alert is committed with the report that caused it, and delivery lives in the app.
 */
package org.tumen.core.watch;
