-- Licensing-exam results (执业资格考试): candidates and passes per institution, year and exam type.
-- The pass rate is derived, never stored.
CREATE TABLE exam_result (
    id             uuid PRIMARY KEY,
    institution_id uuid        NOT NULL,
    year           integer     NOT NULL CHECK (year BETWEEN 1990 AND 2999),
    exam_type      varchar(30) NOT NULL,
    candidates     integer     NOT NULL CHECK (candidates >= 1),
    passed         integer     NOT NULL CHECK (passed >= 0 AND passed <= candidates),
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT exam_result_unique UNIQUE (institution_id, year, exam_type)
);
