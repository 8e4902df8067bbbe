-- Migration 11: what the work list asks of a case, kept with the case (issue #17, item 2). Three
-- sections of `moty report queue` and `moty follow-up due` worked out, for every open case, what
-- it was due or lacked, to show a page and count the rest; on a ten-year register that is
-- thousands of cases for one page. store/cases.rs and store/work_list.rs keep the columns in the
-- same transaction as every write they follow, and `audit verify` checks them against the records
-- they are kept from. Its twin on PostgreSQL is store/pg/011_kept_with_the_case.sql.
--
-- `follow_up_due`: for a case in the follow-up phase, the part of its due date that is the
-- case's own: the date its last follow-up call agreed for the next one, else the case's own
-- interval (in weeks) after the phase began. NULL where the team's interval applies (`moty
-- settings follow-up-weeks`, which can change without touching a case) and in any other phase.
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

-- `consents_to_collect`: how many of the consents the work list asks for an open case lacks
-- (0–2): the multi-professional consent in force, and while the case is referred, the client's
-- contact request in force. 0 for a closed case. A new case is written with 2 (it has none).
ALTER TABLE cases ADD COLUMN consents_to_collect INTEGER NOT NULL DEFAULT 0
    CHECK (consents_to_collect BETWEEN 0 AND 2);
UPDATE cases SET consents_to_collect =
        CASE WHEN EXISTS (SELECT 1 FROM consents x WHERE x.case_id = cases.id
            AND x.kind = 'multi-professional' AND x.withdrawn_on IS NULL) THEN 0 ELSE 1 END
        + CASE WHEN phase = 'referred' AND NOT EXISTS (SELECT 1 FROM consents x
            WHERE x.case_id = cases.id AND x.kind = 'contact-request'
            AND x.withdrawn_on IS NULL) THEN 1 ELSE 0 END
    WHERE phase <> 'closed';
-- The open cases with consents to collect, in `list`'s order, with how many (counted in the
-- index alone).
CREATE INDEX cases_consents_to_collect ON cases (phase_since, year, seq, consents_to_collect)
    WHERE phase <> 'closed' AND consents_to_collect > 0;

-- `key_worker_missing`: 1 for a case past the pathway's start (a network meeting, the Kela
-- consultation or onward pathways) whose latest plan names no key worker; else 0.
ALTER TABLE cases ADD COLUMN key_worker_missing INTEGER NOT NULL DEFAULT 0
    CHECK (key_worker_missing BETWEEN 0 AND 1);
UPDATE cases SET key_worker_missing = 1
    WHERE phase IN ('network-meeting', 'kela-consultation', 'onward-pathways')
        AND NOT coalesce((SELECT p.key_worker IS NOT NULL FROM plan_versions p
            WHERE p.case_id = cases.id ORDER BY p.version DESC LIMIT 1), FALSE);
-- Those cases in `list`'s order.
CREATE INDEX cases_key_worker_missing ON cases (phase_since, year, seq)
    WHERE key_worker_missing = 1;
