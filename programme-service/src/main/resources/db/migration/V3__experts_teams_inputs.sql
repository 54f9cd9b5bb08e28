-- Experts (专家)
CREATE TABLE expert (
    id                  uuid PRIMARY KEY,
    name                varchar(100) NOT NULL,
    home_institution_id uuid         NOT NULL REFERENCES institution (id),
    department          varchar(10),
    title               varchar(40),
    degree              varchar(20),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX expert_home_idx ON expert (home_institution_id);

-- Team batches (批次)
CREATE TABLE batch (
    id               uuid PRIMARY KEY,
    programme_id     uuid        NOT NULL REFERENCES programme (id),
    sequence         integer     NOT NULL CHECK (sequence >= 1),
    start_date       date        NOT NULL,
    end_date         date,
    leader_expert_id uuid        REFERENCES expert (id),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT batch_sequence_unique UNIQUE (programme_id, sequence),
    CONSTRAINT batch_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

-- Assignments (派驻). The exclusion constraint is the last guard against two overlapping
-- assignments of one expert written at the same moment.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE assignment (
    id             uuid PRIMARY KEY,
    programme_id   uuid        NOT NULL REFERENCES programme (id),
    batch_id       uuid        NOT NULL REFERENCES batch (id),
    expert_id      uuid        NOT NULL REFERENCES expert (id),
    institution_id uuid        NOT NULL REFERENCES institution (id),
    department     varchar(10),
    start_date     date        NOT NULL,
    end_date       date,
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT assignment_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT assignment_no_overlap EXCLUDE USING gist (
        expert_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE INDEX assignment_programme_idx ON assignment (programme_id, batch_id);

CREATE TABLE assignment_role (
    assignment_id uuid        NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    role          varchar(40) NOT NULL,
    PRIMARY KEY (assignment_id, position)
);

-- Workstations (专家工作站 / 博士工作站)
CREATE TABLE workstation (
    id               uuid PRIMARY KEY,
    programme_id     uuid         NOT NULL REFERENCES programme (id),
    institution_id   uuid         NOT NULL REFERENCES institution (id),
    name             varchar(200) NOT NULL,
    kind             varchar(20)  NOT NULL,
    department       varchar(10),
    lead_expert_id   uuid         REFERENCES expert (id),
    established_date date         NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX workstation_programme_idx ON workstation (programme_id);

-- Resource inputs (投入): money as an exact decimal, never floating point
CREATE TABLE resource_input (
    id             uuid PRIMARY KEY,
    programme_id   uuid           NOT NULL REFERENCES programme (id),
    kind           varchar(20)    NOT NULL,
    amount         numeric(14, 2) NOT NULL CHECK (amount > 0),
    source         varchar(300),
    input_date     date           NOT NULL,
    institution_id uuid           NOT NULL REFERENCES institution (id),
    description    varchar(2000),
    created_at     timestamptz    NOT NULL
);
CREATE INDEX resource_input_programme_idx ON resource_input (programme_id, input_date);
