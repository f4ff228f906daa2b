-- The event query's date filters. An event overlaps [since, until] when it starts on or before until and ends on
-- or after since, an open end matching anything. Written as (start_date IS NULL OR start_date <= ?) AND
-- (end_date IS NULL OR end_date >= ?) no index serves it, and even as two plain ranges an index on one date reads
-- every event before (or after) the window. Events are mostly short (a day, a month, a year), so each gets a
-- span class by its length: 0 = at most 1 day from start to end, 1 = 31 days, 2 = 366 days, 3 = 1,830 days,
-- 4 = 7,320 days; 5 = an open end or longer; NULL = undated (no when), which a date filter never matches. An
-- event of class k < 5 that overlaps the window starts between since minus the class's bound and until, so the
-- query reads, per class, one range of the index (span_class, start_date, end_date); class 5 is tested one by one.
-- The ingest writes span_class with the dates; existing rows are filled here.
ALTER TABLE fused_events ADD COLUMN span_class SMALLINT;
UPDATE fused_events SET span_class = CASE
    WHEN when_text IS NULL THEN NULL
    WHEN start_date IS NULL OR end_date IS NULL THEN 5
    WHEN end_date <= start_date + 1 THEN 0
    WHEN end_date <= start_date + 31 THEN 1
    WHEN end_date <= start_date + 366 THEN 2
    WHEN end_date <= start_date + 1830 THEN 3
    WHEN end_date <= start_date + 7320 THEN 4
    ELSE 5 END;
CREATE INDEX fused_events_span ON fused_events (span_class, start_date, end_date);
-- The same for a party and a window: the party rows carry their event's span class and dates, so that one index
-- range per class gives the events of a party in a window without reading the party's other events.
ALTER TABLE fused_event_parties ADD COLUMN span_class SMALLINT;
ALTER TABLE fused_event_parties ADD COLUMN start_date DATE;
ALTER TABLE fused_event_parties ADD COLUMN end_date DATE;
UPDATE fused_event_parties SET
    span_class = (SELECT e.span_class FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id),
    start_date = (SELECT e.start_date FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id),
    end_date = (SELECT e.end_date FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id);
CREATE INDEX fused_event_parties_code_span ON fused_event_parties (code, span_class, start_date, end_date);
CREATE INDEX fused_event_parties_name_span ON fused_event_parties (name_key, span_class, start_date, end_date);
