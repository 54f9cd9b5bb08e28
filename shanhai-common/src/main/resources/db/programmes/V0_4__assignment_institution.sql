-- Assignments looked up by the institution they post experts to (experts on site per month).
CREATE INDEX known_assignment_institution_idx ON known_assignment (institution_id, start_date);
