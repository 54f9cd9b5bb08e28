-- Observations: the current value of an indicator for an institution in a period (or a span of
-- whole periods), for the institution as a whole (department NULL) or one department. Old values
-- and voids stay in the outbox history (observation.recorded with its changes).
CREATE TABLE observation (
    id                 uuid PRIMARY KEY,
    institution_id     uuid          NOT NULL,
    indicator_code     varchar(60)   NOT NULL REFERENCES indicator (code),
    indicator_version  bigint        NOT NULL,
    period             varchar(20)   NOT NULL,
    period_start       date          NOT NULL,
    period_end         date          NOT NULL CHECK (period_end >= period_start),
    span               boolean       NOT NULL,
    department         varchar(10),
    value              numeric(20,4) NOT NULL CHECK (value >= 0),
    basis              varchar(20)   NOT NULL,
    note               varchar(500),
    data_source        varchar(200),
    voided             boolean       NOT NULL DEFAULT false,
    void_reason        varchar(500),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CONSTRAINT observation_unique UNIQUE NULLS NOT DISTINCT (institution_id, indicator_code, period, department)
);
CREATE INDEX observation_series_idx ON observation (institution_id, indicator_code, period_start);
