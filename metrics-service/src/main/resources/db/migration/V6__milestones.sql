-- Milestones: capabilities a recipient gained through a programme (domain.md). Which columns a type
-- uses is checked by the service (MilestoneRules); achieved is kept as the source gave it (a year,
-- quarter, month or day) with the days it covers, so a count knows which periods wholly hold it.
CREATE TABLE milestone (
    id             uuid PRIMARY KEY,
    programme_id   uuid          NOT NULL,
    institution_id uuid          NOT NULL,
    type           varchar(20)   NOT NULL,
    name           varchar(200),
    department     varchar(10),
    achieved       varchar(10),
    achieved_start date,
    achieved_end   date,
    independent    boolean,
    level          varchar(20),
    stage          varchar(20),
    grade          varchar(20),
    standard       varchar(20),
    note           varchar(1000),
    source         varchar(300),
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    CHECK ((achieved IS NULL) = (achieved_start IS NULL) AND (achieved IS NULL) = (achieved_end IS NULL))
);
CREATE INDEX milestone_programme_idx ON milestone (programme_id, institution_id);
CREATE INDEX milestone_institution_idx ON milestone (institution_id, type);
