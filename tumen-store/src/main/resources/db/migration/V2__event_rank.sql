-- The event query lists events by likelihood, newest first: ORDER BY probability DESC, start_date DESC, id.
-- probability lives in assessments, so no index could give that order and every query sorted all the events
-- that matched its filters (at 1M events: hundreds of ms on H2 for a type or a likelihood). A copy of the
-- assessment's probability on the event (kept by the ingest with the assessment; null when there is none) lets
-- both databases read the events in list order from an index and stop after the first page.
ALTER TABLE fused_events ADD COLUMN probability DOUBLE PRECISION;
UPDATE fused_events SET probability = (SELECT a.probability FROM assessments a WHERE a.fused_event_id = fused_events.id);
CREATE INDEX fused_events_rank ON fused_events (probability DESC, start_date DESC, id);
CREATE INDEX fused_events_type_rank ON fused_events (type, probability DESC, start_date DESC, id);
