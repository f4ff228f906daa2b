-- Tumen's evidence store, version 3: sanctions flags of fused events and sanctions-list matches of entities.
-- Same rules as V1: one script for H2 (PostgreSQL mode) and PostgreSQL, standard types, lists as JSON text.
-- (V2 is event ranking; this script neither reads nor changes its tables.)

-- The sanctions flags of a fused event: the union, by tag, of the flags of the mentions that joined it, each tag
-- at the strongest severity any mention gave it (breach over possible over review).
CREATE TABLE fused_event_flags (
    fused_event_id VARCHAR(64)   NOT NULL REFERENCES fused_events (id),
    tag            VARCHAR(128)  NOT NULL,
    regime         VARCHAR(64)   NOT NULL,
    citation       VARCHAR(1024) NOT NULL,
    severity       VARCHAR(16)   NOT NULL,
    goods          VARCHAR(1024),
    hs_matched     VARCHAR(16),
    parties        TEXT          NOT NULL,
    date_test      VARCHAR(1024),
    explanation    TEXT          NOT NULL,
    verify         BOOLEAN       NOT NULL,
    event_tag      BOOLEAN       NOT NULL,
    report_id      VARCHAR(64)   REFERENCES reports (id),
    PRIMARY KEY (fused_event_id, tag)
);
CREATE INDEX fused_event_flags_tag ON fused_event_flags (tag, severity);

-- Sanctions-list entries that a PERSON or ORGANIZATION entity's name matched, at or above the screener's
-- decision threshold, as screened when the entity was first stored. features: the match's reasons, a JSON list.
CREATE TABLE entity_matches (
    entity_id    BIGINT           NOT NULL REFERENCES entities (id),
    list_id      VARCHAR(32)      NOT NULL,
    reference    VARCHAR(64)      NOT NULL,
    listed_name  VARCHAR(1024)    NOT NULL,
    matched_name VARCHAR(1024)    NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    features     TEXT             NOT NULL,
    programmes   VARCHAR(512)     NOT NULL,
    screened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity_id, list_id, reference)
);
CREATE INDEX entity_matches_reference ON entity_matches (list_id, reference);

-- When an entity was screened; null: not yet (stored before V3, or by a store opened without lists).
ALTER TABLE entities ADD COLUMN screened_at TIMESTAMP WITH TIME ZONE;
