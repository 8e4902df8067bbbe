-- Migration 11 on PostgreSQL: the follow-ups due in the order they fall due (issue #17, item 2);
-- the twin of src/store/migrations/011_follow_up_due.sql, which says what `follow_up_due` holds.

SET LOCAL search_path = moty, pg_catalog;

ALTER TABLE cases ADD COLUMN follow_up_due date;
UPDATE cases SET follow_up_due = coalesce(
        (SELECT f.next_on FROM follow_ups f WHERE f.case_id = cases.id ORDER BY f.id DESC LIMIT 1),
        phase_since + follow_up_weeks * 7)
    WHERE phase = 'follow-up';
CREATE INDEX cases_follow_up_due ON cases (follow_up_due, year, seq)
    WHERE phase = 'follow-up' AND follow_up_due IS NOT NULL;
CREATE INDEX cases_follow_up_team ON cases (phase_since, year, seq)
    WHERE phase = 'follow-up' AND follow_up_due IS NULL;

UPDATE schema_version SET version = 11;
