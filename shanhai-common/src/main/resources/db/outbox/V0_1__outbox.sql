-- Shipped by shanhai-common for every service (Flyway location db/outbox).
-- Transactional outbox: one row per event, written with the change; kept after sending as history.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigserial    NOT NULL UNIQUE,
    topic          varchar(100) NOT NULL,
    event_type     varchar(100) NOT NULL,
    subject        varchar(200) NOT NULL,
    aggregate_type varchar(50)  NOT NULL,
    aggregate_id   uuid         NOT NULL,
    record_key     varchar(100) NOT NULL,
    payload        jsonb        NOT NULL,
    actor          varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL,
    sent_at        timestamptz
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_type, aggregate_id, seq);
