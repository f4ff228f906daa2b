-- A party alone. The event query read events in list order from the rank index and tested each for the party
-- (an EXISTS on the party rows), so a party named in few events walked far down the list (at 1M events on H2,
-- party p99 45 ms, the slowest kind after the window ones). With the probability on the party rows (V8), an index
-- in list order per party column gives a party's first page directly. They replace the (code, event id) and
-- (name_key, event id) indexes of V1, which served nothing these do not.
DROP INDEX fused_event_parties_code;
DROP INDEX fused_event_parties_name;
CREATE INDEX fused_event_parties_code_rank
    ON fused_event_parties (code, probability DESC, start_date DESC, fused_event_id);
CREATE INDEX fused_event_parties_name_rank
    ON fused_event_parties (name_key, probability DESC, start_date DESC, fused_event_id);
