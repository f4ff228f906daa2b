-- A party and a date window. V6/V7 give the party's events in the window from one index range per span class,
-- but the branches carried only event ids, so every match was joined to fused_events and assessments before the
-- page could be sorted: at 1M events a party's one-year window is thousands of matches (p99 101 ms on H2). The
-- party rows now carry their event's ranking probability (kept by the ingest with the event's), and the indexes
-- cover it, so each branch sorts its own matches from the index alone and hands on only its first page.
ALTER TABLE fused_event_parties ADD COLUMN probability DOUBLE PRECISION;
UPDATE fused_event_parties SET
    probability = (SELECT e.probability FROM fused_events e WHERE e.id = fused_event_parties.fused_event_id);
DROP INDEX fused_event_parties_code_span;
DROP INDEX fused_event_parties_name_span;
CREATE INDEX fused_event_parties_code_span
    ON fused_event_parties (code, span_class, start_date, end_date, probability, fused_event_id);
CREATE INDEX fused_event_parties_name_span
    ON fused_event_parties (name_key, span_class, start_date, end_date, probability, fused_event_id);
