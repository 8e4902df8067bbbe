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

-- Professionals from the directory invited to a meeting (beside the roles of the team).
CREATE TABLE booking_participants (
    booking_id   INTEGER NOT NULL REFERENCES bookings (id),
    directory_id INTEGER NOT NULL REFERENCES directory (id),
    PRIMARY KEY (booking_id, directory_id)
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

-- The onward services a pathway can lead to (seed 003's list), editable by the team.
CREATE TABLE services (
    code   TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
    name   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

INSERT INTO services (code, name) VALUES
    ('public-health-nurse', 'public health nurse (terveydenhoitaja)'),
    ('digital-nurse', 'digital nurse (digihoitaja)'),
    ('doctor', 'doctor (lääkäri)'),
    ('rehabilitation-counsellor', 'rehabilitation counsellor (kuntoutusohjaaja)'),
    ('laboratory', 'laboratory (labra)'),
    ('physiotherapy', 'physiotherapy (fysioterapia)'),
    ('elderly-client-guidance', 'client guidance for older people (asiakasohjaus, ikäihmiset)'),
    ('psychiatric-nurse', 'psychiatric nurse (psykiatrinen sairaanhoitaja)'),
    ('health-exercise', 'health-exercise coordinator (terveysliikuntakoordinaattori)'),
    ('social-counsellor', 'social counsellor (sosiaaliohjaaja)'),
    ('typ', 'multi-sector employment service (TYP)'),
    ('home-rehabilitation', 'home rehabilitation (kotikuntoutus)'),
    ('oral-health', 'oral health (suun terveydenhuolto)'),
    ('kela', 'Kela: benefit or rehabilitation application, B-statement'),
    ('employment-services', 'employment services (TE-palvelut)'),
    ('home-care', 'home care (kotihoito)'),
    ('social-worker', 'social worker (sosiaalityöntekijä)'),
    ('other', 'other (muu)');

-- The professional directory (ammattilaislista): who to refer to, and when.
CREATE TABLE directory (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role          TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 200),
    unit          TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
    area          TEXT CHECK (area IS NULL OR length(area) <= 200),
    team          TEXT CHECK (team IS NULL OR length(team) <= 200),
    team_lead     INTEGER NOT NULL DEFAULT 0 CHECK (team_lead IN (0, 1)),
    phone         TEXT CHECK (phone IS NULL OR length(phone) <= 30),
    email         TEXT CHECK (email IS NULL OR length(email) <= 200),
    when_to_refer TEXT CHECK (when_to_refer IS NULL OR length(when_to_refer) <= 2000),
    -- folded (lower case, no diacritics) name, role, unit, area, team and indications for `find`
    search_text   TEXT NOT NULL
) STRICT;

-- The joint care and service plan (HOPA). Every change is a new version; a version's rows are
-- never changed, so any older version is retrievable exactly.
CREATE TABLE plan_versions (
    case_id            TEXT NOT NULL REFERENCES cases (id),
    version            INTEGER NOT NULL CHECK (version >= 1),
    key_worker         TEXT CHECK (key_worker IS NULL OR length(key_worker) <= 200),
    key_worker_unit    TEXT CHECK (key_worker_unit IS NULL OR length(key_worker_unit) <= 200),
    key_worker_contact TEXT CHECK (key_worker_contact IS NULL OR length(key_worker_contact) <= 200),
    resources          TEXT CHECK (resources IS NULL OR length(resources) <= 4000),
    goals              TEXT CHECK (goals IS NULL OR length(goals) <= 4000),
    -- the client confirmed they know how the pathway goes on and whom to contact
    client_confirmed_on TEXT CHECK (client_confirmed_on IS NULL
                            OR date(client_confirmed_on) IS client_confirmed_on),
    note               TEXT CHECK (note IS NULL OR length(note) <= 2000),
    entered_at         TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', entered_at) IS entered_at),
    actor              TEXT NOT NULL,
    PRIMARY KEY (case_id, version)
) STRICT;

CREATE TABLE plan_needs (
    case_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    area    TEXT NOT NULL CHECK (area IN ('health', 'social', 'finances', 'housing',
                'work-study', 'functional-capacity', 'other')),
    text    TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    PRIMARY KEY (case_id, version, area),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
) STRICT;

CREATE TABLE plan_actions (
    case_id  TEXT NOT NULL,
    version  INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    what     TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
    who      TEXT NOT NULL CHECK (length(who) BETWEEN 1 AND 200),
    due_on   TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
    status   TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
) STRICT;

CREATE TABLE plan_pathways (
    case_id        TEXT NOT NULL,
    version        INTEGER NOT NULL,
    position       INTEGER NOT NULL CHECK (position >= 1),
    service        TEXT NOT NULL REFERENCES services (code),
    unit           TEXT CHECK (unit IS NULL OR length(unit) <= 200),
    professional   TEXT CHECK (professional IS NULL OR length(professional) <= 200),
    directory_id   INTEGER REFERENCES directory (id),
    booked_for_client INTEGER NOT NULL CHECK (booked_for_client IN (0, 1)),
    appointment_on TEXT CHECK (appointment_on IS NULL OR date(appointment_on) IS appointment_on),
    purpose        TEXT CHECK (purpose IS NULL OR length(purpose) <= 500),
    status         TEXT NOT NULL CHECK (status IN ('planned', 'booked', 'attended', 'declined')),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
) STRICT;

CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions are never changed; write a new version'); END;
CREATE TRIGGER plan_needs_no_update BEFORE UPDATE ON plan_needs
BEGIN SELECT RAISE(ABORT, 'plan versions are never changed; write a new version'); END;
CREATE TRIGGER plan_actions_no_update BEFORE UPDATE ON plan_actions
BEGIN SELECT RAISE(ABORT, 'plan versions are never changed; write a new version'); END;
CREATE TRIGGER plan_pathways_no_update BEFORE UPDATE ON plan_pathways
BEGIN SELECT RAISE(ABORT, 'plan versions are never changed; write a new version'); END;
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions are never removed'); END;

-- Follow-up calls after the pathway phase (domain.md, "Follow-up and effectiveness").
CREATE TABLE follow_ups (
    id             INTEGER PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    done_on        TEXT NOT NULL CHECK (date(done_on) IS done_on),
    reached        INTEGER NOT NULL CHECK (reached IN (0, 1)),
    status         TEXT NOT NULL CHECK (status IN ('on-path', 'on-the-way', 'dropped-off',
                       'unreachable')),
    knows_contact  INTEGER CHECK (knows_contact IN (0, 1)),
    usefulness     INTEGER CHECK (usefulness BETWEEN 1 AND 10),
    appointments_saved INTEGER CHECK (appointments_saved BETWEEN 0 AND 100),
    -- JSON array of service codes whose appointments were saved
    saved_services TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(saved_services)),
    time_saved     TEXT CHECK (time_saved IN ('2-4-weeks', '1-2-months', '2-3-months',
                       '3-months-plus', 'none')),
    note           TEXT CHECK (note IS NULL OR length(note) <= 2000),
    next_step      TEXT NOT NULL CHECK (next_step IN ('close', 'again', 'reconvene-network',
                       'reconvene-team')),
    next_on        TEXT CHECK (next_on IS NULL OR date(next_on) IS next_on),
    recorded_by    TEXT NOT NULL,
    CHECK ((next_step = 'again') = (next_on IS NOT NULL)),
    CHECK (reached = 1 OR status = 'unreachable')
) STRICT;

CREATE INDEX follow_ups_case ON follow_ups (case_id);

-- The anonymous client description for the Yhteistyö-tiimi (seed 001's template).
CREATE TABLE descriptions (
    case_id    TEXT PRIMARY KEY REFERENCES cases (id),
    text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 8000),
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL
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
    cases     TEXT NOT NULL CHECK (json_valid(cases) AND json_type(cases) = 'array'),
    hash      TEXT NOT NULL CHECK (length(hash) = 64)
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
                     'team-unit-answered', 'plan-changed', 'pathways-completed',
                     'follow-up-recorded', 'description-saved')),
    detail       TEXT NOT NULL CHECK (json_valid(detail)),
    effective_on TEXT NOT NULL CHECK (date(effective_on) IS effective_on),
    entered_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', entered_at) IS entered_at),
    actor        TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    -- sha256 over the previous row's hash and this row: an edited, removed or reordered row
    -- breaks the chain (moty audit verify)
    hash         TEXT NOT NULL CHECK (length(hash) = 64)
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
    reason    TEXT CHECK (reason IS NULL OR length(reason) <= 500),
    hash      TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

CREATE INDEX access_log_client ON access_log (client_id);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
