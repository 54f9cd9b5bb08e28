-- Validation rules NATIONAL_ADMIN adds (as DHIS2 has them): the sum of the left indicators compared
-- with the sum of the right ones, for each period and department where all their values exist.
-- The built-in rule of every RATIO over counts (numerator ≤ denominator) is derived from the
-- catalogue, not stored. A retired rule stays, so past submissions' counts can be explained.
CREATE TABLE validation_rule (
    id          uuid PRIMARY KEY,
    code        varchar(60)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name        varchar(200)  NOT NULL,
    description varchar(1000),
    left_side   varchar(1000) NOT NULL,
    operator    varchar(20)   NOT NULL,
    right_side  varchar(1000) NOT NULL,
    retired     boolean       NOT NULL DEFAULT false,
    created_by  varchar(200)  NOT NULL,
    created_at  timestamptz   NOT NULL
);
