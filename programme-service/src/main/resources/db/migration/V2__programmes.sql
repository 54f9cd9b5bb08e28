-- Programmes (帮扶项目)
CREATE TABLE programme (
    id                  uuid PRIMARY KEY,
    code                varchar(60)  NOT NULL,
    name                varchar(300) NOT NULL,
    scheme              varchar(40)  NOT NULL,
    lead_institution_id uuid         NOT NULL REFERENCES institution (id),
    start_date          date         NOT NULL,
    end_date            date,
    status              varchar(20)  NOT NULL,
    status_reason       varchar(1000),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CONSTRAINT programme_code_unique UNIQUE (code),
    CONSTRAINT programme_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX programme_lead_idx ON programme (lead_institution_id);

CREATE TABLE programme_partner (
    programme_id   uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    PRIMARY KEY (programme_id, position)
);
CREATE INDEX programme_partner_institution_idx ON programme_partner (institution_id);

CREATE TABLE programme_recipient (
    programme_id   uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    institution_id uuid    NOT NULL REFERENCES institution (id),
    is_primary     boolean NOT NULL,
    PRIMARY KEY (programme_id, position)
);
CREATE INDEX programme_recipient_institution_idx ON programme_recipient (institution_id);

CREATE TABLE programme_objective (
    programme_id uuid          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    objective    varchar(500)  NOT NULL,
    PRIMARY KEY (programme_id, position)
);

CREATE TABLE programme_focus_department (
    programme_id    uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position        integer     NOT NULL,
    department_code varchar(10) NOT NULL,
    PRIMARY KEY (programme_id, position)
);
