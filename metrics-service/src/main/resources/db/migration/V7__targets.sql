-- Programme targets: per recipient and indicator, a baseline (period, value) and a target (period, value).
-- PUT replaces the programme's set; each change is an outbox event (target.set / target.removed).
CREATE TABLE target (
    id                 uuid PRIMARY KEY,
    programme_id       uuid           NOT NULL,
    institution_id     uuid           NOT NULL,
    indicator_code     varchar(60)    NOT NULL REFERENCES indicator (code),
    baseline_period    varchar(10)    NOT NULL,
    baseline_value     numeric(20, 4) NOT NULL,
    baseline_from_data boolean        NOT NULL,
    target_period      varchar(10)    NOT NULL,
    target_value       numeric(20, 4) NOT NULL,
    set_by             varchar(200)   NOT NULL,
    version            bigint         NOT NULL,
    created_at         timestamptz    NOT NULL,
    updated_at         timestamptz    NOT NULL,
    UNIQUE (programme_id, institution_id, indicator_code)
);

-- the history of a programme's targets is read by programme (the outbox key): only target rows indexed
CREATE INDEX outbox_event_target_key_idx ON outbox_event (record_key, seq) WHERE aggregate_type = 'target';
