-- Migration 5, part 7: anonymous professional consultations (seed 000; issue #13, item 3).
--
-- A professional consults the coordinators ("voit konsultoida: Teams, puhelin ma–pe 9–10") about
-- a situation without naming the client: when, by which channel, from which catalogue unit, the
-- topic, the advice given and whether a referral is expected. No column holds a client's identity
-- (moty refuses a topic or advice holding an identity code, a phone number or an e-mail address),
-- and a consultation belongs to no case until it is linked to the case it led to.
--
-- Tamper evidence: a consultation is never changed or removed (triggers below), and every row
-- carries sha256(previous row's hash, its id and its values) as the chained logs do
-- (store::chain::digest), so `moty audit verify` ("records") finds an edited, removed or
-- reordered row. Linking writes a row of its own (consultation_links, at most one per
-- consultation) and a `consultation-linked` entry on the case's chained timeline that holds the
-- consultation's hash.

INSERT INTO event_kinds (kind) VALUES ('consultation-linked');

CREATE TABLE consultations (
    id                INTEGER PRIMARY KEY,
    -- Helsinki wall-clock time of the consultation, to the minute
    consulted_at      TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', consulted_at) IS consulted_at),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'teams', 'chat', 'e-mail',
                          'on-site')),
    -- the consulting professional's unit, from the catalogue
    unit              TEXT NOT NULL REFERENCES units (code),
    topic             TEXT NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 2000),
    advice            TEXT NOT NULL CHECK (length(trim(advice)) BETWEEN 1 AND 2000),
    referral_expected TEXT NOT NULL CHECK (referral_expected IN ('yes', 'no', 'maybe')),
    recorded_by       TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at) IS recorded_at),
    os_user           TEXT NOT NULL CHECK (length(os_user) BETWEEN 1 AND 100),
    clock             TEXT NOT NULL CHECK (clock IN ('system', 'override')),
    hash              TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

CREATE INDEX consultations_at ON consultations (consulted_at);

CREATE TRIGGER consultations_no_update BEFORE UPDATE ON consultations
BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;
CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations
BEGIN SELECT RAISE(ABORT, 'consultations are append-only'); END;

-- The case a consultation led to: once only, recorded with the timeline entry that says so.
CREATE TABLE consultation_links (
    consultation_id INTEGER PRIMARY KEY REFERENCES consultations (id),
    case_id         TEXT NOT NULL REFERENCES cases (id),
    event_id        INTEGER NOT NULL UNIQUE REFERENCES events (id),
    linked_on       TEXT NOT NULL CHECK (date(linked_on) IS linked_on),
    linked_by       TEXT NOT NULL CHECK (length(linked_by) BETWEEN 1 AND 100),
    linked_at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', linked_at) IS linked_at)
) STRICT;

CREATE INDEX consultation_links_case ON consultation_links (case_id);

CREATE TRIGGER consultation_links_no_update BEFORE UPDATE ON consultation_links
BEGIN SELECT RAISE(ABORT, 'a consultation is linked once and for good'); END;
CREATE TRIGGER consultation_links_no_delete BEFORE DELETE ON consultation_links
BEGIN SELECT RAISE(ABORT, 'a consultation is linked once and for good'); END;
