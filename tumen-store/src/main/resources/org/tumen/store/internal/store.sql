-- The store's statements, one per "-- name:" block, loaded by Sql. Positional parameters (?), in the order
-- the comment under each name lists. Written for H2 in PostgreSQL mode and PostgreSQL alike.

-- name: lock_ingest
SELECT id FROM ingest_lock WHERE id = 1 FOR UPDATE

-- name: report_exists
-- id
SELECT id FROM reports WHERE id = ?

-- name: latest_revision
-- report_key
SELECT id, revision FROM reports WHERE report_key = ? ORDER BY revision DESC LIMIT 1

-- name: insert_report
INSERT INTO reports (id, report_key, record_id, revision, url, file, title, outlet, published, language, text,
                     raw_hash, tokens, independence_group, ingested_at, tumen_version, model_versions,
                     rule_set_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: supersede_reports
-- new id, report_key, new id
UPDATE reports SET superseded_by = ? WHERE report_key = ? AND superseded_by IS NULL AND id <> ?

-- name: supersede_claims
-- old report id
UPDATE claims SET superseded = TRUE WHERE report_id = ? AND superseded = FALSE

-- name: claims_events_of_report
-- report id
SELECT DISTINCT fused_event_id FROM claims WHERE report_id = ?

-- name: insert_band
INSERT INTO report_bands (band_key, report_id) VALUES (?, ?)

-- name: near_duplicate_candidates
-- band key; reports sharing it that are still in force. "In force" is written as COALESCE(…) = '' rather than
-- superseded_by IS NULL on purpose: H2 otherwise drives the join from the index on superseded_by (every report
-- in force) and probes report_bands once per report, so each band look-up read the whole reports table and the
-- ingest slowed quadratically (24 reports/s at 3,000 reports, 2 at 7,000). This way both databases start from
-- the band key (report_bands' primary key) and fetch the few matching reports by id.
SELECT r.id, r.text, r.independence_group
FROM report_bands b JOIN reports r ON r.id = b.report_id
WHERE b.band_key = ? AND COALESCE(r.superseded_by, '') = ''

-- name: merge_entity
-- kind, name, name_key, code
MERGE INTO entities e
USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(512)), CAST(? AS VARCHAR(512)), CAST(? AS VARCHAR(32))))
    AS v (kind, name, name_key, code)
ON e.kind = v.kind AND e.name_key = v.name_key
WHEN NOT MATCHED THEN INSERT (kind, name, name_key, code) VALUES (v.kind, v.name, v.name_key, v.code)

-- name: entity_id
-- kind, name_key
SELECT id FROM entities WHERE kind = ? AND name_key = ?

-- name: entity_screening
-- kind, name_key: the entity's id and when it was screened (null: not yet)
SELECT id, screened_at FROM entities WHERE kind = ? AND name_key = ?

-- name: merge_entity_match
-- entity id, list, reference, listed name, matched name, score, features (JSON), programmes (JSON), screened at
MERGE INTO entity_matches m
USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(1024)),
               CAST(? AS VARCHAR(1024)), CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), CAST(? AS VARCHAR(512)),
               CAST(? AS TIMESTAMP WITH TIME ZONE)))
    AS v (entity_id, list_id, reference, listed_name, matched_name, score, features, programmes, screened_at)
ON m.entity_id = v.entity_id AND m.list_id = v.list_id AND m.reference = v.reference
WHEN MATCHED THEN UPDATE SET listed_name = v.listed_name, matched_name = v.matched_name, score = v.score,
                             features = v.features, programmes = v.programmes, screened_at = v.screened_at
WHEN NOT MATCHED THEN INSERT (entity_id, list_id, reference, listed_name, matched_name, score, features,
                              programmes, screened_at)
    VALUES (v.entity_id, v.list_id, v.reference, v.listed_name, v.matched_name, v.score, v.features,
            v.programmes, v.screened_at)

-- name: screenable_entities
-- after entity id, limit: the next PERSON and ORGANIZATION entities in id order
SELECT id, kind, name FROM entities WHERE kind IN ('PERSON', 'ORGANIZATION') AND id > ? ORDER BY id LIMIT ?

-- name: entity_match_keys
-- entity id
SELECT list_id, reference FROM entity_matches WHERE entity_id = ?

-- name: delete_entity_matches
-- entity id
DELETE FROM entity_matches WHERE entity_id = ?

-- name: mark_entity_screened
-- screened at, entity id
UPDATE entities SET screened_at = ? WHERE id = ?

-- name: insert_entity_mention
INSERT INTO entity_mentions (report_id, entity_id, begin_offset, end_offset) VALUES (?, ?, ?, ?)

-- name: country_code_by_name
-- lower-cased name
SELECT code FROM entities WHERE kind = 'COUNTRY' AND name_key = ? AND code IS NOT NULL

-- name: insert_event_mention
INSERT INTO event_mentions (id, report_id, event_key, type, roles, when_text, start_date, end_date, status,
                            sources, evidence_begin, evidence_end, evidence_text, fused_event_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: candidates
-- type, window end, window start: fused events of the type whose dates overlap the window (null = open)
SELECT id, type, roles, when_text FROM fused_events
WHERE type = ? AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
ORDER BY updated_at DESC
LIMIT 500

-- name: deny_candidates
-- window end, window start: fused events of every type but DENY whose dates overlap the window
SELECT id, type, roles, when_text FROM fused_events
WHERE type <> 'DENY' AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
ORDER BY updated_at DESC
LIMIT 500

-- name: fused_event_by_id
SELECT id, type, roles, when_text FROM fused_events WHERE id = ?

-- name: insert_fused_event
INSERT INTO fused_events (id, type, roles, when_text, start_date, end_date, place, place_key, status,
                          created_at, updated_at, span_class)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: update_fused_event
UPDATE fused_events SET roles = ?, when_text = ?, start_date = ?, end_date = ?, place = ?, place_key = ?,
                        status = ?, updated_at = ?, span_class = ?
WHERE id = ?

-- name: delete_parties
DELETE FROM fused_event_parties WHERE fused_event_id = ?

-- name: insert_party
-- the event's span_class, start_date and end_date copied (V6), for the party + window look-up
INSERT INTO fused_event_parties (fused_event_id, role, name, name_key, code, span_class, start_date, end_date)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: flag_severities
-- fused event id: the tags it is flagged with and their severity
SELECT tag, severity FROM fused_event_flags WHERE fused_event_id = ?

-- name: insert_flag
INSERT INTO fused_event_flags (fused_event_id, tag, regime, citation, severity, goods, hs_matched, parties,
                               date_test, explanation, verify, event_tag, report_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: insert_mention_flag
INSERT INTO mention_flags (mention_id, tag, regime, citation, severity, goods, hs_matched, parties, date_test,
                           explanation, verify, event_tag)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: in_force_mention_flags
-- fused event id: the flags of its mentions whose reports no revision replaced, oldest report first
SELECT f.tag, f.regime, f.citation, f.severity, f.goods, f.hs_matched, f.parties, f.date_test, f.explanation,
       f.verify, f.event_tag, m.report_id
FROM mention_flags f
JOIN event_mentions m ON m.id = f.mention_id
JOIN reports r ON r.id = m.report_id
WHERE m.fused_event_id = ? AND r.superseded_by IS NULL
ORDER BY r.ingested_at, m.id

-- name: mention_flag_texts
-- mention id, tag pattern
SELECT tag, severity, explanation FROM mention_flags WHERE mention_id = ? AND tag LIKE ?

-- name: delete_mention_flags_like
-- mention id, tag pattern
DELETE FROM mention_flags WHERE mention_id = ? AND tag LIKE ?

-- name: party_mentions
-- after mention id, limit: the next TRANSFER and CROSSING mentions in id order
SELECT id, type, roles, fused_event_id FROM event_mentions
WHERE type IN ('TRANSFER', 'CROSSING') AND id > ? ORDER BY id LIMIT ?

-- name: delete_event_flags
-- fused event id
DELETE FROM fused_event_flags WHERE fused_event_id = ?

-- name: replace_flag
-- a stronger flag of the same tag: everything but the keys, then fused event id, tag
UPDATE fused_event_flags SET regime = ?, citation = ?, severity = ?, goods = ?, hs_matched = ?, parties = ?,
                             date_test = ?, explanation = ?, verify = ?, event_tag = ?, report_id = ?
WHERE fused_event_id = ? AND tag = ?

-- name: active_claims
-- fused event id: the claims in force
SELECT id, report_id, independence_group, published, source, stance, status, hedge, evidence_begin,
       evidence_end, evidence_text
FROM claims WHERE fused_event_id = ? AND superseded = FALSE ORDER BY published, id

-- name: claim_ids
SELECT id FROM claims WHERE fused_event_id = ?

-- name: insert_claim
INSERT INTO claims (id, fused_event_id, report_id, independence_group, published, source, stance, status, hedge,
                    evidence_begin, evidence_end, evidence_text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: events_of_source
-- source: every fused event with a claim in force from it
SELECT DISTINCT fused_event_id FROM claims WHERE superseded = FALSE AND source = ?

-- name: merge_source
-- name, claims, corroborated, contradicted, reliability, updated_at
MERGE INTO sources s
USING (VALUES (CAST(? AS VARCHAR(512)), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER),
               CAST(? AS CHAR(1)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
    AS v (name, claims, corroborated, contradicted, reliability, updated_at)
ON s.name = v.name
WHEN MATCHED THEN UPDATE SET claims = v.claims, corroborated = v.corroborated, contradicted = v.contradicted,
                             reliability = v.reliability, updated_at = v.updated_at
WHEN NOT MATCHED THEN INSERT (name, claims, corroborated, contradicted, reliability, updated_at)
    VALUES (v.name, v.claims, v.corroborated, v.contradicted, v.reliability, v.updated_at)

-- name: assessment
SELECT supporting, contradicting, reliability, credibility, likelihood, probability, reasons
FROM assessments WHERE fused_event_id = ?

-- name: delete_assessment
DELETE FROM assessments WHERE fused_event_id = ?

-- name: set_event_probability
-- probability (null when the event has no assessment), fused event id: the event query's ranking copy
UPDATE fused_events SET probability = ? WHERE id = ?

-- name: set_party_probability
-- probability, fused event id: the party rows' copy of the same (V8), for the party + window branches
UPDATE fused_event_parties SET probability = ? WHERE fused_event_id = ?

-- name: insert_assessment
INSERT INTO assessments (fused_event_id, supporting, contradicting, reliability, credibility, likelihood,
                         probability, reasons, assessed_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: insert_change
INSERT INTO assessment_changes (fused_event_id, report_id, before_json, after_json, cause, changed_at)
VALUES (?, ?, ?, ?, ?, ?)

-- name: events_select
-- the event query's head; the filters below are appended with AND as the query asks, then events_tail
SELECT e.id, e.type, e.roles, e.when_text, e.status,
       a.supporting, a.contradicting, a.reliability, a.credibility, a.likelihood, a.probability, a.reasons
FROM fused_events e JOIN assessments a ON a.fused_event_id = e.id
WHERE 1 = 1

-- name: events_by_id
-- after (an event id, '' to start), limit: the events in force (with an assessment) in id order, a page at a time
-- from the primary key, for rebuilding what is derived from them (paging by offset would read every earlier page)
SELECT e.id, e.type, e.roles, e.when_text, e.status,
       a.supporting, a.contradicting, a.reliability, a.credibility, a.likelihood, a.probability, a.reasons
FROM fused_events e JOIN assessments a ON a.fused_event_id = e.id
WHERE e.id > ? ORDER BY e.id LIMIT ?

-- name: events_select_window
-- the event query's head when a date window is asked for: the events whose dates overlap it come from the
-- window's branches (window_*, joined with UNION ALL into w), each an index range, and are then sorted;
-- the other filters are appended with AND, then events_tail
SELECT e.id, e.type, e.roles, e.when_text, e.status,
       a.supporting, a.contradicting, a.reliability, a.credibility, a.likelihood, a.probability, a.reasons
FROM (%s) w JOIN fused_events e ON e.id = w.id JOIN assessments a ON a.fused_event_id = e.id
WHERE 1 = 1

-- name: window_class
-- span class (V6): the events of a bounded class whose dates overlap the window start between since minus the
-- class's bound and until; conditions appended with AND: window_from (since - bound), window_to (until),
-- window_end (since), then the event filters, then window_top
SELECT e.id FROM fused_events e WHERE e.span_class = ?

-- name: window_open
-- the open or longest spans (class 5, few): tested one by one; conditions appended with AND: window_open_to
-- (until), window_open_end (since), then the event filters, then window_top
SELECT e.id FROM fused_events e WHERE e.span_class = 5

-- name: window_from
e.start_date >= ?

-- name: window_to
e.start_date <= ?

-- name: window_end
e.end_date >= ?

-- name: window_open_to
(e.start_date IS NULL OR e.start_date <= ?)

-- name: window_open_end
(e.end_date IS NULL OR e.end_date >= ?)

-- name: window_top
-- offset + limit: a branch's first events in list order, so that only they are joined and sorted again
ORDER BY e.probability DESC, e.start_date DESC, e.id LIMIT ?

-- name: window_party_class
-- the same branches for a party (ISO3 code or lower-cased name), from the party rows' copy of the class, dates
-- and probability (alias e so that window_from/_to/_end and filter_min_likelihood apply); distinct, as an event
-- may name the party in two roles; party column; party, span class
SELECT DISTINCT e.fused_event_id AS id, e.probability, e.start_date FROM fused_event_parties e
WHERE e.%s = ? AND e.span_class = ? AND e.probability IS NOT NULL

-- name: window_party_open
-- party column; party
SELECT DISTINCT e.fused_event_id AS id, e.probability, e.start_date FROM fused_event_parties e
WHERE e.%s = ? AND e.span_class = 5 AND e.probability IS NOT NULL

-- name: window_party_top
-- offset + limit: a party branch's first events in list order (V8), when no filter on the event's own columns
-- (type, place) is asked for, which only the outer query can test
ORDER BY e.probability DESC, e.start_date DESC, e.fused_event_id LIMIT ?

-- name: party_rank
-- a party alone (V9): its events in list order from the party rows' rank index, without the event's own filters
-- (type, place), which only the outer query can test; party column; party, then party_top
SELECT e.fused_event_id AS id, e.probability, e.start_date FROM fused_event_parties e
WHERE e.%s = ? AND e.probability IS NOT NULL

-- name: party_top
-- (offset + limit) x the most party roles of an event type: an event has a row per role naming the party, so that
-- many rows hold at least offset + limit distinct events, the first ones in list order; party column first (it
-- is fixed, so the order is the same, but H2 then sees that the index gives it and stops after the page)
ORDER BY e.%s, e.probability DESC, e.start_date DESC, e.fused_event_id LIMIT ?

-- name: filter_type
e.type = ?

-- name: filter_party
-- ISO3 code, lower-cased name
EXISTS (SELECT 1 FROM fused_event_parties p WHERE p.fused_event_id = e.id AND (p.code = ? OR p.name_key = ?))

-- name: filter_place
-- lower-cased place prefix followed by %
e.place_key LIKE ?

-- name: filter_min_likelihood
e.probability >= ?

-- name: events_tail
-- limit, offset. The order of the index fused_events_rank, so that a page is read from it, not sorted.
ORDER BY e.probability DESC, e.start_date DESC, e.id LIMIT ? OFFSET ?

-- name: events_tail_by_type
-- limit, offset; with filter_type: the order of the index fused_events_type_rank (the type is fixed, so leading
-- with it changes nothing but lets H2 see that the index gives the order)
ORDER BY e.type, e.probability DESC, e.start_date DESC, e.id LIMIT ? OFFSET ?

-- name: event_view
SELECT e.id, e.type, e.roles, e.when_text, e.status,
       a.supporting, a.contradicting, a.reliability, a.credibility, a.likelihood, a.probability, a.reasons
FROM fused_events e LEFT JOIN assessments a ON a.fused_event_id = e.id
WHERE e.id = ?

-- name: claim_views
-- fused event id: claims in force with their reports, for display
SELECT c.fused_event_id, c.id, c.source, c.report_id, r.record_id, r.title, r.outlet, r.published, c.stance, c.status, c.hedge,
       c.evidence_begin, c.evidence_end, c.evidence_text
FROM claims c JOIN reports r ON r.id = c.report_id
WHERE c.fused_event_id IN (%s) AND c.superseded = FALSE
ORDER BY r.published, c.source, c.id

-- name: event_flags
-- fused event ids (as many as the placeholders): strongest first
SELECT fused_event_id, tag, regime, citation, severity, goods, hs_matched, parties, date_test, explanation, verify, event_tag
FROM fused_event_flags WHERE fused_event_id IN (%s)
ORDER BY CASE severity WHEN 'breach' THEN 0 WHEN 'possible' THEN 1 ELSE 2 END, tag

-- name: entities_select
-- the entity list's head; filters appended with AND, then entities_tail
SELECT e.id, e.kind, e.name, e.code, e.screened_at,
       (SELECT COUNT(*) FROM entity_mentions em WHERE em.entity_id = e.id) AS mentions,
       (SELECT MAX(m.score) FROM entity_matches m WHERE m.entity_id = e.id) AS best
FROM entities e
WHERE 1 = 1

-- name: filter_entity_kind
e.kind = ?

-- name: filter_entity_listed
EXISTS (SELECT 1 FROM entity_matches m WHERE m.entity_id = e.id)

-- name: entities_tail
-- limit
ORDER BY best DESC NULLS LAST, mentions DESC, e.kind, e.name, e.id LIMIT ?

-- name: entity_matches
-- entity id: best first
SELECT list_id, reference, listed_name, matched_name, score, features, programmes
FROM entity_matches WHERE entity_id = ?
ORDER BY score DESC, CASE list_id WHEN 'UN-SC' THEN 0 ELSE 1 END, reference

-- name: sources
SELECT name, claims, corroborated, contradicted, reliability FROM sources ORDER BY name

-- name: report_view
SELECT id, report_key, record_id, revision, superseded_by, url, file, title, outlet, published, language, text,
       raw_hash, tokens, independence_group, ingested_at, tumen_version, model_versions, rule_set_version
FROM reports WHERE id = ? OR record_id = ?
ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, revision DESC LIMIT 1

-- name: report_replaced_by
-- record id: what replaced the latest report ingested under it (null while in force), as report_view picks it
SELECT superseded_by FROM reports WHERE record_id = ? ORDER BY revision DESC LIMIT 1

-- name: stats
SELECT (SELECT COUNT(*) FROM reports) AS reports,
       (SELECT COUNT(*) FROM reports WHERE superseded_by IS NOT NULL) AS superseded_reports,
       (SELECT COUNT(*) FROM entities) AS entities,
       (SELECT COUNT(*) FROM event_mentions) AS event_mentions,
       (SELECT COUNT(*) FROM fused_events) AS fused_events,
       (SELECT COUNT(*) FROM claims) AS claims,
       (SELECT COUNT(*) FROM claims WHERE superseded = TRUE) AS superseded_claims,
       (SELECT COUNT(*) FROM sources) AS sources,
       (SELECT COUNT(*) FROM assessment_changes) AS assessment_changes

-- name: changes_since
-- at, limit
SELECT id, fused_event_id, report_id, before_json, after_json, cause, changed_at
FROM assessment_changes WHERE changed_at >= ? ORDER BY id LIMIT ?

-- name: activity_events
-- the fused events a place's activity is made of (crossings, transfers, status changes), one row per claim in force,
-- with up to 400 characters of the report's text either side of the claim's evidence, to find its sentence in;
-- Reader appends activity_events_of's condition (or none) and activity_events_order
SELECT e.id, e.type, e.roles, e.when_text, e.start_date, e.end_date,
       c.report_id, c.published, c.stance, c.evidence_begin, c.evidence_end,
       GREATEST(c.evidence_begin - 400, 0) AS context_begin,
       SUBSTRING(r.text FROM GREATEST(c.evidence_begin - 400, 0) + 1
                 FOR c.evidence_end - GREATEST(c.evidence_begin - 400, 0) + 400) AS context
FROM fused_events e
JOIN claims c ON c.fused_event_id = e.id AND c.superseded = FALSE
JOIN reports r ON r.id = c.report_id
WHERE e.type IN ('CROSSING', 'TRANSFER', 'STATUS_CHANGE')

-- name: activity_events_of
-- only the events whose ids fill the placeholders (%s); a list of ids, not a sub-select, so that each is one look-up
-- in the primary key (H2 tests an IN (SELECT …) row by row over the whole table)
AND e.id IN (%s)

-- name: activity_events_order
ORDER BY e.start_date, e.id, c.published, c.id

-- name: report_mates
-- the events (%s: as many ids as placeholders) and every other event their reports have a claim in force on
SELECT DISTINCT m.fused_event_id
FROM claims k JOIN claims m ON m.report_id = k.report_id AND m.superseded = FALSE
WHERE k.superseded = FALSE AND k.fused_event_id IN (%s)

-- name: events_at_places
-- the events resolved to any of these places (as many place ids as placeholders, %s)
SELECT fused_event_id FROM event_places WHERE place_id IN (%s)

-- name: delete_event_place
-- fused event id
DELETE FROM event_places WHERE fused_event_id = ?

-- name: delete_event_places
DELETE FROM event_places

-- name: insert_event_place
-- fused event id, place id
INSERT INTO event_places (fused_event_id, place_id) VALUES (?, ?)

-- name: store_meta
-- key
SELECT meta_value FROM store_meta WHERE meta_key = ?

-- name: set_store_meta
-- value, key
UPDATE store_meta SET meta_value = ? WHERE meta_key = ?

-- name: mark_places_stale
-- written by every unwatched ingest of activity, so it writes the row only when it changes it
UPDATE store_meta SET meta_value = 'stale' WHERE meta_key = 'event_places' AND meta_value <> 'stale'

-- Watchlists, alerts, webhook delivery, follow state (V4).

-- name: insert_watch
-- name, party, place, goods, type, min likelihood, created at
INSERT INTO watchlists (name, party, place, goods, event_type, min_likelihood, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: watches
SELECT name, party, place, goods, event_type, min_likelihood FROM watchlists ORDER BY name

-- name: delete_watch
-- name
DELETE FROM watchlists WHERE name = ?

-- name: alert_exists
-- cause key
SELECT seq FROM alerts WHERE cause_key = ?

-- name: insert_alert
-- id, cause key, kind, watch, event, place, reason, at, report id, raised at
INSERT INTO alerts (id, cause_key, kind, watch_name, fused_event_id, place, reason, at_text, report_id, raised_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: alerts_since
-- raised at or after, limit; oldest first
SELECT seq, id, cause_key, kind, watch_name, fused_event_id, place, reason, at_text, raised_at
FROM alerts WHERE raised_at >= ? ORDER BY seq LIMIT ?

-- name: alerts_undelivered
-- webhook key, limit: alerts this webhook has not yet acknowledged, oldest first
SELECT a.seq, a.id, a.cause_key, a.kind, a.watch_name, a.fused_event_id, a.place, a.reason, a.at_text, a.raised_at,
       d.attempts
FROM alerts a LEFT JOIN webhook_deliveries d ON d.alert_seq = a.seq AND d.webhook_key = ?
WHERE d.delivered_at IS NULL
ORDER BY a.seq LIMIT ?

-- name: delivery_row
-- webhook key, alert seq
SELECT attempts, delivered_at FROM webhook_deliveries WHERE webhook_key = ? AND alert_seq = ?

-- name: insert_delivery
-- webhook key, alert seq, url, attempts, last error, delivered at, updated at
INSERT INTO webhook_deliveries (webhook_key, alert_seq, webhook_url, attempts, last_error, delivered_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: update_delivery
-- attempts, last error, delivered at, updated at, webhook key, alert seq
UPDATE webhook_deliveries SET attempts = ?, last_error = ?, delivered_at = ?, updated_at = ?
WHERE webhook_key = ? AND alert_seq = ?

-- name: follow_item
-- source key, item key
SELECT content_hash, status FROM follow_items WHERE source_key = ? AND item_key = ?

-- name: insert_follow_item
-- source key, item key, source, item, content hash, status, report id, seen at
INSERT INTO follow_items (source_key, item_key, source, item, content_hash, status, report_id, seen_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: update_follow_item
-- content hash, status, report id, seen at, source key, item key
UPDATE follow_items SET content_hash = ?, status = ?, report_id = ?, seen_at = ? WHERE source_key = ? AND item_key = ?

-- The browser UI's reads (bounded lists and single look-ups).

-- name: recent_reports
-- limit: the reports published last (index reports_published), revisions included; undated reports are left out
SELECT id, record_id, title, outlet, published, superseded_by
FROM reports WHERE published IS NOT NULL
ORDER BY published DESC, id LIMIT ?

-- name: recent_events
-- limit: the events that began last (index fused_events_start); undated events are left out
SELECT e.id, e.type, e.roles, e.when_text, e.status,
       a.supporting, a.contradicting, a.reliability, a.credibility, a.likelihood, a.probability, a.reasons
FROM fused_events e JOIN assessments a ON a.fused_event_id = e.id
WHERE e.start_date IS NOT NULL
ORDER BY e.start_date DESC, e.id LIMIT ?

-- name: filter_entity_id
e.id = ?

-- name: filter_entity_named
-- lower-cased name, code: an entity by its name in any case, or by its code (ISO3 for countries)
(e.name_key = ? OR e.code = ?)

-- name: report_count
SELECT COUNT(*) FROM reports

-- name: report_ids
-- after (a content hash, '' to start), limit: every stored report, superseded revisions too, in id order (primary key)
SELECT id FROM reports WHERE id > ? ORDER BY id LIMIT ?
