-- Training activities (教学查房, 手术示教, ...): one row per activity on one day at a recipient.
-- A correction changes the row; the original stays in the outbox history (training-activity.recorded).
-- import_key recognises a row of an institution's import file on a second import: "ext:<external
-- id>" when the file gives one (a hospital's own numbering, so unique per institution), else
-- "sha:<hash of the row's content>"; it never changes, even on a correction.
CREATE TABLE training_activity (
    id              uuid PRIMARY KEY,
    programme_id    uuid         NOT NULL,
    institution_id  uuid         NOT NULL,
    type            varchar(30)  NOT NULL,
    date            date         NOT NULL,
    department      varchar(10)  NOT NULL,
    lead_expert_id  uuid         NOT NULL,
    topic           varchar(200) NOT NULL,
    attendee_count  integer      NOT NULL CHECK (attendee_count BETWEEN 1 AND 5000),
    hours           numeric(3,1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    import_key      varchar(80),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX training_activity_programme_idx ON training_activity (programme_id, date);
CREATE INDEX training_activity_institution_idx ON training_activity (institution_id, date);
CREATE UNIQUE INDEX training_activity_import_key_idx ON training_activity (programme_id, institution_id, import_key)
    WHERE import_key IS NOT NULL;

-- Mentorships (师带徒): ACTIVE -> COMPLETED | DISCONTINUED; techniques with, once completed,
-- whether the apprentice performs each independently.
CREATE TABLE mentorship (
    id                uuid PRIMARY KEY,
    programme_id      uuid         NOT NULL,
    mentor_expert_id  uuid         NOT NULL,
    apprentice_id     uuid         NOT NULL REFERENCES staff_member (id),
    institution_id    uuid         NOT NULL,
    department        varchar(10)  NOT NULL,
    start_date        date         NOT NULL,
    status            varchar(20)  NOT NULL,
    end_date          date,
    reason            varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX mentorship_programme_idx ON mentorship (programme_id);
CREATE TABLE mentorship_technique (
    mentorship_id uuid         NOT NULL REFERENCES mentorship (id),
    position      integer      NOT NULL,
    name          varchar(100) NOT NULL,
    independent   boolean,
    PRIMARY KEY (mentorship_id, position)
);

-- Secondments (进修, 跟岗, 规培) of local staff to a supporting institution.
CREATE TABLE secondment (
    id                   uuid PRIMARY KEY,
    programme_id         uuid         NOT NULL,
    staff_id             uuid         NOT NULL REFERENCES staff_member (id),
    institution_id       uuid         NOT NULL,
    host_institution_id  uuid         NOT NULL,
    type                 varchar(30)  NOT NULL,
    department           varchar(10)  NOT NULL,
    start_date           date         NOT NULL,
    end_date             date,
    status               varchar(20)  NOT NULL,
    qualification        varchar(200),
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX secondment_programme_idx ON secondment (programme_id);

-- Reported totals: what a report gives as one figure for a span of days, with its source.
CREATE TABLE reported_total (
    id              uuid PRIMARY KEY,
    programme_id    uuid         NOT NULL,
    institution_id  uuid         NOT NULL,
    type            varchar(30)  NOT NULL,
    from_date       date         NOT NULL,
    to_date         date         NOT NULL CHECK (to_date >= from_date),
    count           bigint       NOT NULL CHECK (count >= 0),
    attendances     bigint       CHECK (attendances >= 0),
    source_report   varchar(300) NOT NULL,
    source_date     date         NOT NULL,
    source_quote    varchar(500),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT reported_total_unique UNIQUE (programme_id, institution_id, type, from_date, to_date, source_report)
);
