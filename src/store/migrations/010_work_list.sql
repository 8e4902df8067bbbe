-- Migration 10: the work list a section at a time (`moty report queue`, issue #17 item 2). The
-- meetings still booked, in the order the list pages through them (by start, then number): a
-- section of the list reads only these, not the calendar's years of held meetings. Its twin on
-- PostgreSQL is store/pg/010_work_list.sql.
CREATE INDEX bookings_booked ON bookings (starts_at, id) WHERE status = 'booked';
-- The consents in force, by case and kind: whether a case has the consent a section asks for is
-- read from the index alone (the consents to collect, the Kela forms to send).
CREATE INDEX consents_in_force ON consents (case_id, kind, sent_to_kela_on)
    WHERE withdrawn_on IS NULL;
