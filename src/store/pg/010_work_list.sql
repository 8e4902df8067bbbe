-- Migration 10 on PostgreSQL: the work list a section at a time (issue #17, item 2); the twin of
-- src/store/migrations/010_work_list.sql. The meetings still booked, by start, then number.

SET LOCAL search_path = moty, pg_catalog;

CREATE INDEX bookings_booked ON bookings (starts_at, id) WHERE status = 'booked';
-- The consents in force, by case and kind: whether a case has the consent a section asks for is
-- read from the index alone (the consents to collect, the Kela forms to send).
CREATE INDEX consents_in_force ON consents (case_id, kind, sent_to_kela_on)
    WHERE withdrawn_on IS NULL;

UPDATE schema_version SET version = 10;
