-- Institutions (医疗机构)
CREATE TABLE institution (
    id            uuid PRIMARY KEY,
    name          varchar(200) NOT NULL,
    name_en       varchar(200),
    credit_code   varchar(18),
    division_code varchar(6)   NOT NULL,
    kind          varchar(40)  NOT NULL,
    grade         varchar(20),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT institution_credit_code_unique UNIQUE (credit_code)
);
CREATE INDEX institution_division_idx ON institution (division_code varchar_pattern_ops);
CREATE INDEX institution_name_idx ON institution (lower(name));
