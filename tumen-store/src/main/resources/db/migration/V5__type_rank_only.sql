-- With fused_events_type_rank (type, probability DESC, start_date DESC, id) beside them, the indexes on
-- (type, start_date) and (type, end_date) only ever served type = ?: their dates are behind OR … IS NULL in every
-- query. H2 rates all three alike for type = ? and took the first, then sorted every event of the type for the
-- event query (1.7 s at 116k events, EXPLAIN ANALYZE). Without them the type look-ups of the event query and of
-- fusion's candidates both use the rank index.
DROP INDEX fused_events_type_start;
DROP INDEX fused_events_type_end;
