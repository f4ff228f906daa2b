-- V6's window indexes, made covering. At 1M events a 30-day window reads about 10,000 entries of
-- fused_events_span, and H2 fetched each entry's row for the probability the branch sorts by (30-day p50 48 ms,
-- p99 120 ms): with probability and id in the index a branch is answered from the index alone, and only the
-- first page of each branch is read from the table. Likewise the party rows' indexes carry the event id.
DROP INDEX fused_events_span;
CREATE INDEX fused_events_span ON fused_events (span_class, start_date, end_date, probability, id);
DROP INDEX fused_event_parties_code_span;
DROP INDEX fused_event_parties_name_span;
CREATE INDEX fused_event_parties_code_span ON fused_event_parties (code, span_class, start_date, end_date, fused_event_id);
CREATE INDEX fused_event_parties_name_span ON fused_event_parties (name_key, span_class, start_date, end_date, fused_event_id);
