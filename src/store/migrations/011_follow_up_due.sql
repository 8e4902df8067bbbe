-- Migration 11: the follow-ups due in the order they fall due (issue #17, item 2). A case's due
-- date was computed at read time for every case in the follow-up phase; on a ten-year register
-- that is thousands of cases for one page. `follow_up_due` keeps, for a case in the follow-up
-- phase, the part of its due date that is the case's own: the date its last follow-up call agreed
-- for the next one, else the case's own interval (in weeks) after the phase began. It is NULL
-- where the team's interval applies (`moty settings follow-up-weeks`, which can change without
-- touching a case) and for a case in any other phase. store/cases.rs keeps it with every write of
-- the phase, the case's interval and its follow-up calls. Its twin on PostgreSQL is
-- store/pg/011_follow_up_due.sql.
ALTER TABLE cases ADD COLUMN follow_up_due TEXT;
UPDATE cases SET follow_up_due = coalesce(
        (SELECT f.next_on FROM follow_ups f WHERE f.case_id = cases.id ORDER BY f.id DESC LIMIT 1),
        CASE WHEN follow_up_weeks IS NOT NULL
            THEN date(phase_since, '+' || (follow_up_weeks * 7) || ' days') END)
    WHERE phase = 'follow-up';
-- The cases due by their own date, in the list's order (the date, then the case number)...
CREATE INDEX cases_follow_up_due ON cases (follow_up_due, year, seq)
    WHERE phase = 'follow-up' AND follow_up_due IS NOT NULL;
-- ...and those due at the team's interval after the phase began, in the same order.
CREATE INDEX cases_follow_up_team ON cases (phase_since, year, seq)
    WHERE phase = 'follow-up' AND follow_up_due IS NULL;
