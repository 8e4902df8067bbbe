-- Migration 9 on PostgreSQL: the long lists a page at a time (issue #17, item 2); the twin of
-- src/store/migrations/009_pages.sql. The indexes hold the cases in the order `moty list` and
-- `moty triage --list` page through them.

SET LOCAL search_path = moty, pg_catalog;

DROP INDEX cases_phase;
CREATE INDEX cases_phase ON cases (phase, phase_since, year, seq);
CREATE INDEX cases_waiting ON cases (phase_since, year, seq);
CREATE INDEX cases_open ON cases (phase_since, year, seq) WHERE phase <> 'closed';
-- The triage queue: urgent first (store/pages.rs writes the same expression), then as above.
CREATE INDEX cases_queue ON cases ((CASE WHEN urgency = 'normal' THEN 1 ELSE 0 END), phase_since,
    year, seq) WHERE phase = 'referred';
-- The reports' periods (`report outcomes`, `report weekly`: the cases referred in a period).
CREATE INDEX cases_opened ON cases (opened_on);

UPDATE schema_version SET version = 9;
