-- Data approval (as DHIS2 has it): the unit is an institution and a year, covering its quarters and
-- months. No row means DRAFT. Every step is an observation.approval-changed event in the outbox
-- (who, when, old and new state): the approval's history.
CREATE TABLE approval (
    id             uuid PRIMARY KEY,
    institution_id uuid          NOT NULL,
    year           integer       NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    state          varchar(20)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    reason         varchar(1000),
    comment        varchar(2000),
    violations     integer       NOT NULL DEFAULT 0,
    acted_by       varchar(200)  NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    CONSTRAINT approval_unique UNIQUE (institution_id, year)
);
CREATE INDEX approval_year_idx ON approval (year, state);
