-- Migration 7 on PostgreSQL, part 1: teams, regions and who sees what (issue #16, item 7). The
-- twin of src/store/migrations/007/1_teams.sql.

SET LOCAL search_path = moty, pg_catalog;

ALTER TABLE cases ADD COLUMN team text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
ALTER TABLE clients ADD COLUMN team text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
CREATE INDEX cases_team ON cases (team);

-- The people who use the register and where they work, kept by the owner (`moty admin user add
-- LOGIN --team T --region R`); nobody else may change it: row-level security reads it.
CREATE TABLE members (
    login  text PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 100),
    team   text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80),
    region text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80)
);

UPDATE schema_version SET version = 7;
