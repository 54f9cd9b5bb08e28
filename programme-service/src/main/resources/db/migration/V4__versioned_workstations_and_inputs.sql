-- Workstations and resource inputs carry a version and a change time like every other entity
-- (VersionedEntity), so that they get an ETag and can be corrected later.
ALTER TABLE workstation ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE workstation ADD COLUMN updated_at timestamptz;
UPDATE workstation SET updated_at = created_at;
ALTER TABLE workstation ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE resource_input ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE resource_input ADD COLUMN updated_at timestamptz;
UPDATE resource_input SET updated_at = created_at;
ALTER TABLE resource_input ALTER COLUMN updated_at SET NOT NULL;
