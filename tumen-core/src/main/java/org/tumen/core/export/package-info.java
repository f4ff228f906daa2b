/**
 * Exports of fused events for other tools: a STIX 2.1 bundle for threat-intelligence platforms, FollowTheMoney
 * entities for Aleph and OpenSanctions-style graphs, CSV for spreadsheets, GeoJSON for maps.
 *
 * <p>Every exporter reads one {@link org.tumen.core.export.ExportBundle} (the events, their assessments, the
 * reports they cite) and writes text. Columns, role names and labels come from the schema, so a role added to
 * {@code schema.yaml} shows up in every export without touching this package. Output is deterministic: the same
 * bundle gives the same bytes (ids are derived from Tumen ids, timestamps from report dates, order is sorted), so
 * a re-export can be diffed and a STIX consumer sees an update rather than a new object.
 *
 * <p>The JSON exporters escape {@code <}, {@code >}, {@code &} and the line separators U+2028/U+2029, so text
 * quoted from hostile pages stays inert if a consumer pastes the JSON into HTML or a script tag.
 */
package org.tumen.core.export;
