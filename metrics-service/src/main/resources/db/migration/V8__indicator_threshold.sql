-- A scorecard calls a relative change below this STABLE (percent); null means the default, 1%.
ALTER TABLE indicator ADD COLUMN stable_threshold numeric(5, 2) CHECK (stable_threshold BETWEEN 0 AND 100);
