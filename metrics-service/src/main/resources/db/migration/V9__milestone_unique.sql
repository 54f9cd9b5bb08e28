-- One capability once per programme and recipient, also under two concurrent requests (the service's
-- own check answers 409 first; this is the database's last word, also a 409).
CREATE UNIQUE INDEX milestone_capability_idx ON milestone
    (programme_id, institution_id, type, lower(name), department, level, stage, grade, standard) NULLS NOT DISTINCT;
