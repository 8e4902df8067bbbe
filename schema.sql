-- moty register schema: the canonical DDL, applied as migration 1.
-- Every enum in src/domain is mirrored here by a CHECK constraint; every date is checked to be a
-- real calendar date (SQLite normalises 2026-02-30 to 2026-03-02, so `date(x) IS x` rejects it).
-- Never edit this file once a release has shipped: add a new migration in src/db/migrate.rs.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    -- lower-cased, diacritics removed: what `moty find` matches name fragments against
    name_folded    TEXT NOT NULL,
    -- the personal identity code exactly as validated (11 characters, upper case)
    hetu           TEXT UNIQUE CHECK (hetu IS NULL OR length(hetu) = 11),
    hetu_temporary INTEGER NOT NULL DEFAULT 0 CHECK (hetu_temporary IN (0, 1)),
    birth_year     INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1800 AND 2199),
    phone          TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 5 AND 30),
    -- digits only, +358 folded to 0: what `moty find` matches phone numbers against
    phone_digits   TEXT,
    municipality   TEXT CHECK (municipality IS NULL OR length(municipality) BETWEEN 1 AND 80),
    region         TEXT CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    created_at     TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) IS created_at),
    created_by     TEXT NOT NULL
) STRICT;

CREATE INDEX clients_phone ON clients (phone_digits);

CREATE TABLE cases (
    id           TEXT PRIMARY KEY CHECK (id GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
    client_id    INTEGER NOT NULL REFERENCES clients (id),
    client_group TEXT NOT NULL CHECK (client_group IN ('working-age', 'older-pmt', 'family')),
    phase        TEXT NOT NULL CHECK (phase IN ('referred', 'joint-assessment', 'kela-consultation',
                     'network-meeting', 'collaboration-team', 'onward-pathways', 'follow-up', 'closed')),
    -- the effective date the case entered its current phase: "days waiting" counts from here
    phase_since  TEXT NOT NULL CHECK (date(phase_since) IS phase_since),
    opened_on    TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    closed_on    TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    close_reason TEXT CHECK (close_reason IN ('completed', 'resolved-single-issue', 'redirected',
                     'declined', 'consent-withdrawn', 'unreachable', 'moved-away', 'deceased',
                     'other')),
    urgency      TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
    UNIQUE (year, seq),
    CHECK ((phase = 'closed') = (closed_on IS NOT NULL)),
    CHECK ((phase = 'closed') = (close_reason IS NOT NULL))
) STRICT;

CREATE INDEX cases_client ON cases (client_id);
CREATE INDEX cases_phase ON cases (phase);

CREATE TABLE referrals (
    case_id          TEXT PRIMARY KEY REFERENCES cases (id),
    source           TEXT NOT NULL CHECK (source IN ('employment-services', 'primary-care',
                         'social-services', 'elderly-services', 'family-centre', 'emergency',
                         'mental-health-substance', 'kela', 'self', 'other')),
    channel          TEXT NOT NULL CHECK (channel IN ('yht405', 'secure-email', 'phone', 'teams',
                         'self-booking')),
    referrer_name    TEXT CHECK (referrer_name IS NULL OR length(referrer_name) <= 200),
    referrer_unit    TEXT CHECK (referrer_unit IS NULL OR length(referrer_unit) <= 200),
    referrer_contact TEXT CHECK (referrer_contact IS NULL OR length(referrer_contact) <= 200),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 4000),
    effective_on     TEXT NOT NULL CHECK (date(effective_on) IS effective_on)
) STRICT;

CREATE TABLE referral_signs (
    case_id    TEXT NOT NULL REFERENCES referrals (case_id),
    sign       TEXT NOT NULL CHECK (sign IN ('missed-appointments', 'frequent-contacts',
                   'cannot-seek-help', 'coping-at-home', 'everyday-management', 'finances',
                   'family-situation', 'health-problems', 'daily-life', 'other')),
    other_text TEXT CHECK ((sign = 'other') = (other_text IS NOT NULL)),
    PRIMARY KEY (case_id, sign)
) STRICT;

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    kind            TEXT NOT NULL CHECK (kind IN ('multi-professional', 'meeting', 'kela-exchange')),
    method          TEXT NOT NULL CHECK (method IN ('written', 'oral')),
    given_on        TEXT NOT NULL CHECK (date(given_on) IS given_on),
    scope           TEXT CHECK (scope IS NULL OR length(scope) <= 2000),
    recorded_by     TEXT NOT NULL,
    withdrawn_on    TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) IS withdrawn_on),
    sent_to_kela_on TEXT CHECK (sent_to_kela_on IS NULL OR date(sent_to_kela_on) IS sent_to_kela_on),
    CHECK (kind <> 'meeting' OR method = 'oral'),
    CHECK (kind <> 'kela-exchange' OR method = 'written'),
    CHECK (sent_to_kela_on IS NULL OR kind = 'kela-exchange'),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) STRICT;

CREATE INDEX consents_case ON consents (case_id);

-- Triage decisions (a case reopened and triaged again has several). The first Kela screen, the
-- team composition and the urgency are recorded with every decision.
CREATE TABLE triage_decisions (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    decision    TEXT NOT NULL CHECK (decision IN ('single-issue', 'joint-assessment',
                    'collaboration-team', 'redirect', 'decline')),
    kela_screen INTEGER NOT NULL CHECK (kela_screen IN (0, 1)),
    urgency     TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    note        TEXT CHECK (note IS NULL OR length(note) <= 2000),
    -- what was advised (single issue), where to (redirect), why (decline)
    outcome     TEXT CHECK (outcome IS NULL OR length(outcome) <= 2000),
    -- JSON array of the units whose workers are requested (collaboration team)
    units       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
    decided_on  TEXT NOT NULL CHECK (date(decided_on) IS decided_on),
    decided_by  TEXT NOT NULL,
    CHECK ((decision IN ('single-issue', 'redirect', 'decline')) = (outcome IS NOT NULL)),
    CHECK ((decision = 'collaboration-team') = (json_array_length(units) > 0))
) STRICT;

CREATE INDEX triage_case ON triage_decisions (case_id);

-- The team composition chosen at triage: pre-filled from the client group, editable.
CREATE TABLE triage_team (
    decision_id INTEGER NOT NULL REFERENCES triage_decisions (id),
    role        TEXT NOT NULL CHECK (role IN ('nurse', 'social-counsellor', 'care-counsellor',
                    'family-centre-worker', 'doctor')),
    PRIMARY KEY (decision_id, role)
) STRICT;

-- The weekly rhythm of the fixed meetings (domain.md, "Calendars"), seeded with the defaults and
-- edited with `moty schedule slots`. Times are Europe/Helsinki wall-clock times. A rule that
-- runs every other week holds in ISO weeks whose number has the given parity.
CREATE TABLE slot_rules (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('joint-assessment', 'kela', 'network', 'team')),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    start       TEXT NOT NULL CHECK (start GLOB '[0-2][0-9]:[0-5][0-9]'
                    AND time(start || ':00') IS start || ':00'),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    capacity    INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20),
    every_weeks INTEGER NOT NULL CHECK (every_weeks IN (1, 2)),
    week_parity INTEGER NOT NULL DEFAULT 0 CHECK (week_parity IN (0, 1)),
    UNIQUE (kind, weekday, start),
    CHECK (kind <> 'network')
) STRICT;

INSERT INTO slot_rules (kind, weekday, start, minutes, capacity, every_weeks, week_parity) VALUES
    ('joint-assessment', 3, '12:30', 90, 1, 1, 0),
    ('joint-assessment', 3, '14:00', 90, 1, 1, 0),
    ('kela', 4, '13:00', 60, 4, 1, 0),
    ('team', 3, '12:00', 90, 3, 2, 0);

-- Team closure days (public holidays are computed, not stored).
CREATE TABLE closed_days (
    day      TEXT PRIMARY KEY CHECK (date(day) IS day),
    reason   TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    added_by TEXT NOT NULL
) STRICT;

-- One case's place in a meeting. A Kela hour or a Yhteistyöaika holds several cases: they share
-- `kind` and `starts_at`, and the rule's capacity caps how many are active ('booked' or 'held').
CREATE TABLE bookings (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL CHECK (kind IN ('joint-assessment', 'kela', 'network', 'team')),
    -- Europe/Helsinki wall-clock time
    starts_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', starts_at) IS starts_at),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    status      TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'held', 'no-show',
                    'cancelled')),
    status_note TEXT CHECK (status_note IS NULL OR length(status_note) <= 2000),
    doctor      INTEGER NOT NULL DEFAULT 0 CHECK (doctor IN (0, 1)),
    chair       TEXT CHECK (chair IS NULL OR length(chair) <= 200),
    booked_by   TEXT NOT NULL,
    booked_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', booked_at) IS booked_at),
    -- recorded when a joint assessment is held: the Suuntima segment, the Omaolo check and the
    -- second Kela screen
    segment     TEXT CHECK (segment IN ('omatoimi', 'yhteiso', 'verkosto', 'yhteistyo')),
    omaolo      INTEGER CHECK (omaolo IN (0, 1)),
    kela_screen INTEGER CHECK (kela_screen IN (0, 1)),
    CHECK (segment IS NULL OR (kind = 'joint-assessment' AND status = 'held'))
) STRICT;

-- Who attended a team or network meeting (at least the client and the referring worker).
CREATE TABLE booking_attendance (
    booking_id INTEGER NOT NULL REFERENCES bookings (id),
    role       TEXT NOT NULL CHECK (role IN ('client', 'referring-worker', 'nurse',
                   'social-counsellor', 'care-counsellor', 'family-centre-worker', 'doctor',
                   'kela-contact', 'key-worker', 'unit-worker', 'other')),
    PRIMARY KEY (booking_id, role)
) STRICT;

CREATE INDEX bookings_slot ON bookings (kind, starts_at);
CREATE INDEX bookings_case ON bookings (case_id);

-- The Yhteistyö-tiimi request (domain.md, "The Yhteistyö-tiimi procedure"): the supervisor's
-- approval and, for each requested unit, its acknowledgement, schedule and named worker.
CREATE TABLE team_requests (
    case_id     TEXT PRIMARY KEY REFERENCES cases (id),
    approved_by TEXT NOT NULL CHECK (length(approved_by) BETWEEN 1 AND 200),
    approved_on TEXT NOT NULL CHECK (date(approved_on) IS approved_on)
) STRICT;

CREATE TABLE team_request_units (
    case_id      TEXT NOT NULL REFERENCES team_requests (case_id),
    unit         TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
    answered_on  TEXT CHECK (answered_on IS NULL OR date(answered_on) IS answered_on),
    schedule     TEXT CHECK (schedule IS NULL OR length(schedule) <= 500),
    worker       TEXT CHECK (worker IS NULL OR length(worker) <= 200),
    PRIMARY KEY (case_id, unit),
    CHECK ((answered_on IS NULL) = (worker IS NULL))
) STRICT;

-- What left the register: every export, to whom, by whom, about which cases (Client Data Act
-- 703/2023). Append-only.
CREATE TABLE disclosure_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', at) IS at),
    actor     TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    what      TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
    recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 200),
    -- JSON array of the case ids the export concerns
    cases     TEXT NOT NULL CHECK (json_valid(cases) AND json_type(cases) = 'array')
) STRICT;

CREATE TRIGGER disclosure_log_no_update BEFORE UPDATE ON disclosure_log
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_log_no_delete BEFORE DELETE ON disclosure_log
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;

-- The case timeline. Append-only: corrections are new events. `effective_on` is when it happened,
-- `entered_at` when it was written down; an effective date before the entry date is a backdating,
-- allowed and shown as such.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    kind         TEXT NOT NULL CHECK (kind IN ('case-opened', 'client-updated', 'consent-given',
                     'consent-withdrawn', 'kela-form-sent', 'triaged', 'case-closed',
                     'case-reopened', 'meeting-booked', 'meeting-held', 'meeting-no-show',
                     'meeting-cancelled', 'meeting-moved', 'team-requested',
                     'team-unit-answered')),
    detail       TEXT NOT NULL CHECK (json_valid(detail)),
    effective_on TEXT NOT NULL CHECK (date(effective_on) IS effective_on),
    entered_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', entered_at) IS entered_at),
    actor        TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100)
) STRICT;

CREATE INDEX events_case ON events (case_id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Who viewed or changed which client's data, when, with which command and why (Client Data Act
-- 703/2023). A search that showed nobody is logged with no client. Append-only.
CREATE TABLE access_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', at) IS at),
    actor     TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    command   TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('view', 'change', 'search')),
    client_id INTEGER REFERENCES clients (id),
    case_id   TEXT REFERENCES cases (id),
    reason    TEXT CHECK (reason IS NULL OR length(reason) <= 500)
) STRICT;

CREATE INDEX access_log_client ON access_log (client_id);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
