-- Where each activity event (crossing, transfer, status change) was resolved to be, so that an ingest that touches
-- one reads only the history of the places it touched to look for resumptions and bursts. Before, every such ingest
-- read and resolved the whole activity history: nothing at 1k events, 97 s a report at 1M.
CREATE TABLE event_places (
    fused_event_id VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES fused_events (id),
    place_id       VARCHAR(128) NOT NULL
);
CREATE INDEX event_places_place ON event_places (place_id);

-- Facts about the store as a whole. event_places: 'complete' while every activity event's place is in
-- event_places; anything else (as after this migration, or after an ingest that did not keep it) makes the next
-- ingest that needs it resolve the whole history once.
CREATE TABLE store_meta (
    meta_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    meta_value VARCHAR(256) NOT NULL
);
INSERT INTO store_meta (meta_key, meta_value) VALUES ('event_places', 'stale');
