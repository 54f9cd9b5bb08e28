-- What training-service and programme-service announced about the work done at recipient institutions,
-- kept from their events (activity.ActivityProjection) so that the activity indicators (EVENTS in the
-- catalogue) are counted from records: one row per source entity in its latest version, never a running
-- total, so a correction moves a count and a replay from the first event gives the same counts.

CREATE TABLE known_training_activity (
    id             uuid PRIMARY KEY,
    programme_id   uuid        NOT NULL,
    institution_id uuid        NOT NULL,
    type           varchar(30) NOT NULL,
    activity_date  date        NOT NULL,
    attendee_count integer     NOT NULL,
    source_version bigint      NOT NULL,
    last_event_id  uuid        NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX known_training_activity_idx ON known_training_activity (institution_id, activity_date);

CREATE TABLE known_mentorship (
    id             uuid PRIMARY KEY,
    programme_id   uuid        NOT NULL,
    institution_id uuid        NOT NULL,
    start_date     date        NOT NULL,
    end_date       date,
    status         varchar(20) NOT NULL,
    source_version bigint      NOT NULL,
    last_event_id  uuid        NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX known_mentorship_idx ON known_mentorship (institution_id, start_date);

CREATE TABLE known_secondment (
    id             uuid PRIMARY KEY,
    programme_id   uuid        NOT NULL,
    institution_id uuid        NOT NULL,
    type           varchar(30) NOT NULL,
    start_date     date        NOT NULL,
    end_date       date,
    status         varchar(20) NOT NULL,
    source_version bigint      NOT NULL,
    last_event_id  uuid        NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX known_secondment_idx ON known_secondment (institution_id, start_date);

CREATE TABLE known_exam_result (
    id             uuid PRIMARY KEY,
    institution_id uuid        NOT NULL,
    exam_year      integer     NOT NULL,
    exam_type      varchar(30) NOT NULL,
    candidates     integer     NOT NULL,
    passed         integer     NOT NULL,
    source_version bigint      NOT NULL,
    last_event_id  uuid        NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX known_exam_result_idx ON known_exam_result (institution_id, exam_year);

-- resource-input.recorded: funds, equipment, construction (only FUNDS counts as FUNDS_RECEIVED)
CREATE TABLE known_resource_input (
    id             uuid PRIMARY KEY,
    programme_id   uuid          NOT NULL,
    institution_id uuid          NOT NULL,
    kind           varchar(20)   NOT NULL,
    amount         numeric(18, 2) NOT NULL,
    input_date     date          NOT NULL,
    source_version bigint        NOT NULL,
    last_event_id  uuid          NOT NULL,
    updated_at     timestamptz   NOT NULL
);
CREATE INDEX known_resource_input_idx ON known_resource_input (institution_id, input_date);

-- training-total.reported: a total a report gives for a span of days; shown for that span only
CREATE TABLE known_reported_total (
    id             uuid PRIMARY KEY,
    programme_id   uuid         NOT NULL,
    institution_id uuid         NOT NULL,
    type           varchar(30)  NOT NULL,
    from_date      date         NOT NULL,
    to_date        date         NOT NULL,
    count          bigint       NOT NULL,
    attendances    bigint,
    report         varchar(300) NOT NULL,
    report_date    date         NOT NULL,
    quote          varchar(500),
    source_version bigint       NOT NULL,
    last_event_id  uuid         NOT NULL,
    updated_at     timestamptz  NOT NULL
);
CREATE INDEX known_reported_total_idx ON known_reported_total (institution_id, type);
