-- The event query's date filters. An event overlaps [since, until] when it starts on or before until and ends on
-- or after since, an open end matching anything. Written as (start_date IS NULL OR start_date <= ?) AND
-- (end_date IS NULL OR end_date >= ?) no index serves it, and even as two plain ranges an index on one date reads
-- every event before (or after) the window. Most events are short (a day, a month, a year), so the query splits
-- them: long_span FALSE = both dates known and at most 400 days apart, found by the window's start dates alone,
-- start_date BETWEEN since - 400 days AND until (an index range); long_span TRUE = an open end or a longer span,
-- few, tested one by one; NULL = undated (no when), which a date filter never matches.
-- The ingest writes long_span with the dates; existing rows are filled here.
ALTER TABLE fused_events ADD COLUMN long_span BOOLEAN;
UPDATE fused_events SET long_span = CASE
    WHEN when_text IS NULL THEN NULL
    WHEN start_date IS NULL OR end_date IS NULL OR end_date > start_date + 400 THEN TRUE
    ELSE FALSE END;
CREATE INDEX fused_events_span ON fused_events (long_span, start_date, end_date);
-- The same for a party and a window: the party rows carry their event's dates, so that one index range gives
-- the events of a party in a window without reading the party's other events.
ALTER TABLE fused_event_parties ADD COLUMN long_span BOOLEAN;
ALTER TABLE fused_event_parties ADD COLUMN start_date DATE;
ALTER TABLE fused_event_parties ADD COLUMN end_date DATE;
UPDATE fused_event_parties SET long_span = (SELECT e.long_span FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id),
    start_date = (SELECT e.start_date FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id),
    end_date = (SELECT e.end_date FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id);
CREATE INDEX fused_event_parties_code_span ON fused_event_parties (code, long_span, start_date, end_date);
CREATE INDEX fused_event_parties_name_span ON fused_event_parties (name_key, long_span, start_date, end_date);
