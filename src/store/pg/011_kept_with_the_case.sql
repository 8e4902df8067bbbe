-- Migration 11 on PostgreSQL: what the work list asks of a case, kept with the case (issue #17,
-- item 2); the twin of src/store/migrations/011_kept_with_the_case.sql, which says what the
-- columns hold.

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

ALTER TABLE cases ADD COLUMN consents_to_collect integer NOT NULL DEFAULT 0
    CHECK (consents_to_collect BETWEEN 0 AND 2);
UPDATE cases SET consents_to_collect =
        CASE WHEN EXISTS (SELECT 1 FROM consents x WHERE x.case_id = cases.id
            AND x.kind = 'multi-professional' AND x.withdrawn_on IS NULL) THEN 0 ELSE 1 END
        + CASE WHEN phase = 'referred' AND NOT EXISTS (SELECT 1 FROM consents x
            WHERE x.case_id = cases.id AND x.kind = 'contact-request'
            AND x.withdrawn_on IS NULL) THEN 1 ELSE 0 END
    WHERE phase <> 'closed';
CREATE INDEX cases_consents_to_collect ON cases (phase_since, year, seq, consents_to_collect)
    WHERE phase <> 'closed' AND consents_to_collect > 0;

ALTER TABLE cases ADD COLUMN key_worker_missing integer NOT NULL DEFAULT 0
    CHECK (key_worker_missing BETWEEN 0 AND 1);
UPDATE cases SET key_worker_missing = 1
    WHERE phase IN ('network-meeting', 'kela-consultation', 'onward-pathways')
        AND NOT coalesce((SELECT p.key_worker IS NOT NULL FROM plan_versions p
            WHERE p.case_id = cases.id ORDER BY p.version DESC LIMIT 1), FALSE);
CREATE INDEX cases_key_worker_missing ON cases (phase_since, year, seq)
    WHERE key_worker_missing = 1;

UPDATE schema_version SET version = 11;
