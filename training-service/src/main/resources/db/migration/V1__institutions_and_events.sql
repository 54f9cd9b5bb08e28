-- Institutions as programme-service announced them (read model).
CREATE TABLE institution (
    id             uuid PRIMARY KEY,
    name           varchar(200) NOT NULL,
    name_en        varchar(200),
    credit_code    varchar(18),
    division_code  varchar(6),
    kind           varchar(40)  NOT NULL,
    grade          varchar(20),
    source_version bigint       NOT NULL,
    last_event_id  uuid         NOT NULL,
    updated_at     timestamptz  NOT NULL
);
CREATE INDEX institution_division_idx ON institution (division_code varchar_pattern_ops);

-- Idempotent consumer: the ce_id of every event applied, written in the same transaction.
CREATE TABLE processed_event (
    ce_id        uuid PRIMARY KEY,
    ce_type      varchar(100) NOT NULL,
    topic        varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL
);

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
