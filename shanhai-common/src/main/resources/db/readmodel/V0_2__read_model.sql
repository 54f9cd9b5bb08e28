-- Shipped by shanhai-common for every service that consumes events (Flyway location db/readmodel).
-- Idempotent consumer: the ce_id of every event applied, written in the same transaction.
CREATE TABLE processed_event (
    ce_id        uuid PRIMARY KEY,
    ce_type      varchar(100) NOT NULL,
    topic        varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL
);

-- Institutions as programme-service announced them (InstitutionReference).
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
