-- Institutions (医疗机构)
CREATE TABLE institution (
    id            uuid PRIMARY KEY,
    name          varchar(200) NOT NULL,
    name_en       varchar(200),
    credit_code   varchar(18),
    division_code varchar(6)   NOT NULL,
    kind          varchar(40)  NOT NULL,
    grade         varchar(20),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT institution_credit_code_unique UNIQUE (credit_code)
);
CREATE INDEX institution_division_idx ON institution (division_code varchar_pattern_ops);
CREATE INDEX institution_name_idx ON institution (lower(name));

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
