-- Migration 9: the long lists a page at a time, and the reports by period (issue #17, item 2).
-- `moty list` and `moty triage --list` read a page after a place in their order (since when a
-- case is in its phase, then its number), so each page must be found without sorting every case.
-- The indexes below hold the cases in that order: the open ones (`list`; in a register of ten
-- years most cases are closed, and a page of open ones must not read past them), all of them
-- (`list --closed`) and by phase (`list --phase`, the triage queue). `cases_phase` (phase alone)
-- is replaced by the longer one, which serves every query the old one did. Its twin on
-- PostgreSQL is store/pg/009_pages.sql.

DROP INDEX cases_phase;
CREATE INDEX cases_phase ON cases (phase, phase_since, year, seq);
CREATE INDEX cases_waiting ON cases (phase_since, year, seq);
CREATE INDEX cases_open ON cases (phase_since, year, seq) WHERE phase <> 'closed';
-- The triage queue: urgent first (store/pages.rs writes the same expression), then as above.
CREATE INDEX cases_queue ON cases ((CASE WHEN urgency = 'normal' THEN 1 ELSE 0 END), phase_since,
    year, seq) WHERE phase = 'referred';
-- The reports' periods (`report outcomes`, `report weekly`: the cases referred in a period).
CREATE INDEX cases_opened ON cases (opened_on);
