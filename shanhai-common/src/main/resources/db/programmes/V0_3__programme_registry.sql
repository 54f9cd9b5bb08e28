-- Shipped by shanhai-common (Flyway location db/programmes) for the services that keep programme-service's
-- programmes, batches, experts and assignments (readmodel.programme), from programme.events only.
-- Rows carry the source version they reflect (Projection): an older event never overwrites.
CREATE TABLE known_programme (
    id                  uuid PRIMARY KEY,
    code                varchar(60)  NOT NULL,
    name                varchar(300) NOT NULL,
    scheme              varchar(40),
    lead_institution_id uuid         NOT NULL,
    start_date          date         NOT NULL,
    end_date            date,
    status              varchar(20)  NOT NULL,
    source_version      bigint       NOT NULL,
    last_event_id       uuid         NOT NULL,
    updated_at          timestamptz  NOT NULL
);

CREATE TABLE known_programme_partner (
    programme_id   uuid    NOT NULL REFERENCES known_programme (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    institution_id uuid    NOT NULL,
    PRIMARY KEY (programme_id, position)
);

CREATE TABLE known_programme_recipient (
    programme_id   uuid    NOT NULL REFERENCES known_programme (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    institution_id uuid    NOT NULL,
    is_primary     boolean NOT NULL,
    PRIMARY KEY (programme_id, position)
);
CREATE INDEX known_programme_recipient_institution_idx ON known_programme_recipient (institution_id);

-- Each status a programme took, from when (ce_time of the event that set it).
CREATE TABLE known_programme_status (
    event_id     uuid PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES known_programme (id) ON DELETE CASCADE,
    status       varchar(20) NOT NULL,
    reason       varchar(1000),
    effective_at timestamptz NOT NULL,
    version      bigint      NOT NULL
);
CREATE INDEX known_programme_status_idx ON known_programme_status (programme_id, version);

CREATE TABLE known_batch (
    id               uuid PRIMARY KEY,
    programme_id     uuid        NOT NULL,
    sequence         integer     NOT NULL,
    start_date       date        NOT NULL,
    end_date         date,
    leader_expert_id uuid,
    source_version   bigint      NOT NULL,
    last_event_id    uuid        NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX known_batch_programme_idx ON known_batch (programme_id);

CREATE TABLE known_expert (
    id                  uuid PRIMARY KEY,
    name                varchar(100) NOT NULL,
    home_institution_id uuid         NOT NULL,
    department          varchar(10),
    title               varchar(40),
    title_level         varchar(20),
    degree              varchar(20),
    source_version      bigint       NOT NULL,
    last_event_id       uuid         NOT NULL,
    updated_at          timestamptz  NOT NULL
);

-- Assignments stay after assignment.ended (ended = true), so a replay and the live model agree.
CREATE TABLE known_assignment (
    id             uuid PRIMARY KEY,
    programme_id   uuid        NOT NULL,
    batch_id       uuid        NOT NULL,
    expert_id      uuid        NOT NULL,
    institution_id uuid        NOT NULL,
    department     varchar(10),
    start_date     date        NOT NULL,
    end_date       date,
    ended          boolean     NOT NULL,
    source_version bigint      NOT NULL,
    last_event_id  uuid        NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX known_assignment_expert_idx ON known_assignment (programme_id, expert_id);

CREATE TABLE known_assignment_role (
    assignment_id uuid        NOT NULL REFERENCES known_assignment (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    role          varchar(40) NOT NULL,
    PRIMARY KEY (assignment_id, position)
);
