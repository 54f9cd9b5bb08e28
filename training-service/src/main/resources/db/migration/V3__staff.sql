-- Local staff (受训人员): the minimum of personal data (no ID-card numbers, phones or addresses).
CREATE TABLE staff_member (
    id             uuid PRIMARY KEY,
    name           varchar(100) NOT NULL,
    institution_id uuid         NOT NULL,
    department     varchar(10),
    title          varchar(60),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL
);
CREATE INDEX staff_member_institution_idx ON staff_member (institution_id);

-- Who read which staff records' names, and when (personal data: every such read is logged).
CREATE TABLE staff_read_log (
    id        bigserial PRIMARY KEY,
    actor     varchar(200) NOT NULL,
    roles     varchar(200) NOT NULL,
    read_at   timestamptz  NOT NULL,
    request   varchar(500) NOT NULL,
    staff_ids text         NOT NULL
);
CREATE INDEX staff_read_log_at_idx ON staff_read_log (read_at);
