-- The sanctions flags of each event mention, as its report gave them. A fused event's flags were kept only as the
-- strongest per tag over its mentions, so when a revision of a report withdrew a claim, the flags that claim had
-- brought stayed on the event, and a weaker flag of the same tag from another report, dropped on merge, could not
-- come back. With the mention's own flags kept, a revision rebuilds the flags of the events it withdrew claims
-- from out of the mentions still in force.
CREATE TABLE mention_flags (
    mention_id  VARCHAR(160)  NOT NULL REFERENCES event_mentions (id),
    tag         VARCHAR(128)  NOT NULL,
    regime      VARCHAR(64)   NOT NULL,
    citation    VARCHAR(1024) NOT NULL,
    severity    VARCHAR(16)   NOT NULL,
    goods       VARCHAR(1024),
    hs_matched  VARCHAR(16),
    parties     TEXT          NOT NULL,
    date_test   VARCHAR(1024),
    explanation TEXT          NOT NULL,
    verify      BOOLEAN       NOT NULL,
    event_tag   BOOLEAN       NOT NULL,
    PRIMARY KEY (mention_id, tag)
);

-- Flags stored before this version are known only per fused event, with the report that gave each: they are given
-- to that report's mentions of the event. A weaker flag of the same tag that another report gave was not kept and
-- stays lost.
INSERT INTO mention_flags (mention_id, tag, regime, citation, severity, goods, hs_matched, parties, date_test,
                           explanation, verify, event_tag)
SELECT m.id, f.tag, f.regime, f.citation, f.severity, f.goods, f.hs_matched, f.parties, f.date_test,
       f.explanation, f.verify, f.event_tag
FROM fused_event_flags f
JOIN event_mentions m ON m.fused_event_id = f.fused_event_id AND m.report_id = f.report_id;
