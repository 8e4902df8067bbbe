-- moty's register on PostgreSQL 15: the whole schema as the SQLite register has it at version 6
-- (schema.sql + migrations 2–6), in schema `moty`. Run by the owner role (`moty admin migrate`),
-- in one transaction, after roles.sql; 006_triggers.sql follows in the same transaction.
--
-- Type rules (docs: /work/notes/pg-design.md, "PostgreSQL schema"):
--   * ids bigint; non-chained tables whose SQLite id is INTEGER PRIMARY KEY get an identity
--     (BY DEFAULT, so reference rows keep their ids); chained logs get their id from the trigger.
--   * dates `date`; 0/1 flags `boolean` (week_parity is a number, not a flag: smallint).
--   * timestamps hashed in a chain stay `text` with the Stamp CHECK ('YYYY-MM-DDTHH:MM:SSZ', UTC);
--     timestamps not hashed are `timestamptz` (the store seam reads them back as Stamp text).
--   * Helsinki wall-clock minutes ('YYYY-MM-DD HH:MM') stay text: the shared SQL compares and
--     substr()s them as text.
--   * JSON that is hashed (events.detail, anchors.detail, disclosure_log.cases) stays text: jsonb
--     would reorder keys and drop whitespace and so change the bytes the chain hashed. JSON that is
--     not hashed (triage_decisions.units, follow_ups.saved_services) is jsonb.
--   * Tables the store reads `ORDER BY rowid` get a real column `rowid` (an identity), so that the
--     shared SQL keeps its insertion order; reference rows keep SQLite's rowids (Rust enums and
--     lists follow that order: event_kinds, services, units).
--   * `COLLATE NOCASE` in the shared SQL resolves to the collation moty.nocase below.
-- SQLite's own CHECKs are mirrored one for one (every enum); where SQLite needs
-- `date(x) IS x` the type `date` says it.

CREATE SCHEMA IF NOT EXISTS moty;
SET LOCAL search_path = moty, pg_catalog;

-- The version of this schema; one row. A newer version than moty knows is refused by moty.
CREATE TABLE schema_version (
    version integer NOT NULL CHECK (version >= 6),
    one     boolean NOT NULL DEFAULT true PRIMARY KEY CHECK (one)
);
INSERT INTO schema_version (version) VALUES (6);

-- ---------------------------------------------------------------------------------------------
-- Helpers the CHECKs use (IMMUTABLE: they read nothing but their argument).

-- A calendar date written 'YYYY-MM-DD' (what SQLite's `date(x) IS x` accepts).
CREATE FUNCTION is_date(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    IF t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RETURN false;
    END IF;
    RETURN to_char(to_date(t, 'YYYY-MM-DD'), 'YYYY-MM-DD') = t;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

-- A Stamp: UTC to the second, 'YYYY-MM-DDTHH:MM:SSZ' (SQLite:
-- `strftime('%Y-%m-%dT%H:%M:%SZ', x) IS x`).
CREATE FUNCTION is_stamp(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$'
        AND moty.is_date(substr(t, 1, 10))
$$;

-- Helsinki wall-clock time to the minute, 'YYYY-MM-DD HH:MM' (SQLite:
-- `strftime('%Y-%m-%d %H:%M', x) IS x`).
CREATE FUNCTION is_minute(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9]$'
        AND moty.is_date(substr(t, 1, 10))
$$;

-- Whether a text is JSON (SQLite's json_valid, same name so the CHECKs read alike).
CREATE FUNCTION json_valid(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    PERFORM t::jsonb;
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

-- A lower-case code: starts with a letter, then letters, digits and hyphens (SQLite:
-- `code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'`).
CREATE FUNCTION is_code(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT t ~ '^[a-z][a-z0-9-]*$' $$;

-- ---------------------------------------------------------------------------------------------
-- Compatibility with the shared SQL (store files write SQL once, in SQLite's words). These keep
-- statements working unchanged on PostgreSQL; the statements they cannot serve need a twin
-- (listed in the report of the branch `pgschema`).

-- `x COLLATE NOCASE` (region and unit names): case-insensitive equality. ICU level 2 folds case
-- for every letter (SQLite's NOCASE folds only ASCII: 'Ä' = 'ä' here, not there).
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- instr(haystack, needle): 1-based position, 0 when absent (cases.rs, `moty find`).
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT strpos(haystack, needle) $$;

-- ifnull(a, b) (SQLite's two-argument coalesce).
CREATE FUNCTION ifnull(a anyelement, b anyelement) RETURNS anyelement
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(a, b) $$;

-- json_extract(json_text, '$.key' or '$.a.b'): the value as TEXT (a string unquoted, a number
-- in its decimal form, NULL when absent or JSON null). SQLite returns a number as INTEGER: where
-- the store reads the result as an integer, the statement needs a twin with a cast.
CREATE FUNCTION json_extract(doc text, path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    -- A JSON boolean as SQLite gives it: 1 or 0.
    SELECT CASE jsonb_typeof((doc::jsonb) #> string_to_array(substr(path, 3), '.'))
        WHEN 'boolean' THEN ((doc::jsonb) #>> string_to_array(substr(path, 3), '.'))::boolean::int::text
        ELSE (doc::jsonb) #>> string_to_array(substr(path, 3), '.') END
$$;

-- json_each(a jsonb array): one row per element, `value` as text (strings unquoted), like
-- SQLite's json_each(...).value for arrays of strings (triage_decisions.units).
CREATE FUNCTION json_each(doc jsonb) RETURNS TABLE (key integer, value text)
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT (ordinality - 1)::integer, e.value
    FROM jsonb_array_elements_text(doc) WITH ORDINALITY AS e(value, ordinality)
$$;

-- json_group_array(text): the values as a JSON array, in the order they come ('[]' for none).
CREATE AGGREGATE json_group_array(text) (
    SFUNC = array_append, STYPE = text[], INITCOND = '{}', FINALFUNC = array_to_json
);

-- ---------------------------------------------------------------------------------------------
-- Reference tables.

CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO meta (key, value) VALUES ('register_id', replace(gen_random_uuid()::text, '-', ''));

-- The timeline's kinds; `rowid` pins EventKind's order in Rust.
CREATE TABLE event_kinds (
    kind  text PRIMARY KEY,
    rowid bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE
);

CREATE TABLE areas (
    code     text PRIMARY KEY CHECK (is_code(code) AND length(code) <= 40),
    kind     text NOT NULL CHECK (kind IN ('sote', 'outside')),
    position integer NOT NULL UNIQUE,
    name_fi  text NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 100),
    name_sv  text NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 100),
    name_en  text NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 100)
);

CREATE TABLE units (
    code    text PRIMARY KEY CHECK (is_code(code) AND length(code) <= 40),
    area    text NOT NULL REFERENCES areas (code),
    name_fi text NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 200),
    name_sv text NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 200),
    name_en text NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 200),
    active  boolean NOT NULL DEFAULT true,
    rowid   bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE
);

-- Folded (lower(trim())) unit names as typed, mapped to a catalogue unit (NULL: not yet).
CREATE TABLE unit_names (
    name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
    unit text REFERENCES units (code)
);

CREATE TABLE services (
    code    text PRIMARY KEY CHECK (is_code(code)),
    name    text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    active  boolean NOT NULL DEFAULT true,
    area    text REFERENCES areas (code),
    name_fi text NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 100),
    name_sv text NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 100),
    name_en text NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 100),
    rowid   bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE
);

-- ---------------------------------------------------------------------------------------------
-- Clients and cases.

CREATE TABLE clients (
    id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name           text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    -- lower-cased, diacritics removed: what `moty find` matches name fragments against
    name_folded    text NOT NULL,
    -- the personal identity code exactly as validated (11 characters, upper case)
    hetu           text UNIQUE CHECK (hetu IS NULL OR length(hetu) = 11),
    hetu_temporary boolean NOT NULL DEFAULT false,
    birth_year     integer CHECK (birth_year IS NULL OR birth_year BETWEEN 1800 AND 2199),
    phone          text CHECK (phone IS NULL OR length(phone) BETWEEN 5 AND 30),
    -- digits only, +358 folded to 0: what `moty find` matches phone numbers against
    phone_digits   text,
    municipality   text CHECK (municipality IS NULL OR length(municipality) BETWEEN 1 AND 80),
    region         text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    -- stamped by the server (trigger clients_stamp)
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    non_disclosure boolean NOT NULL DEFAULT false,
    language       text CHECK (language IN ('fi', 'sv', 'other')),
    interpreter    text CHECK (interpreter IS NULL OR length(interpreter) BETWEEN 1 AND 60)
);
CREATE INDEX clients_phone ON clients (phone_digits);

CREATE TABLE cases (
    -- text, not a number: 'YYYY-NNNN' is what people read and type
    id           text PRIMARY KEY CHECK (id ~ '^[0-9]{4}-[0-9]{4,7}$' AND length(id) <= 12),
    year         integer NOT NULL,
    seq          integer NOT NULL CHECK (seq BETWEEN 1 AND 9999999),
    client_id    bigint NOT NULL REFERENCES clients (id),
    client_group text NOT NULL CHECK (client_group IN ('working-age', 'older-pmt', 'family')),
    phase        text NOT NULL CHECK (phase IN ('referred', 'joint-assessment', 'kela-consultation',
                     'network-meeting', 'collaboration-team', 'onward-pathways', 'follow-up',
                     'closed')),
    -- the effective date the case entered its current phase: "days waiting" counts from here
    phase_since  date NOT NULL,
    opened_on    date NOT NULL,
    closed_on    date,
    close_reason text CHECK (close_reason IN ('completed', 'resolved-single-issue', 'redirected',
                     'declined', 'consent-withdrawn', 'unreachable', 'moved-away', 'deceased',
                     'other')),
    urgency      text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
    region       text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    purged_on    date,
    follow_up_weeks integer CHECK (follow_up_weeks IS NULL OR follow_up_weeks BETWEEN 1 AND 104),
    UNIQUE (year, seq),
    -- the id is the year and the number (printf('%d-%04d', year, seq))
    CHECK (id = year::text || '-' || CASE WHEN seq < 1000 THEN lpad(seq::text, 4, '0')
                                          ELSE seq::text END),
    CHECK ((phase = 'closed') = (closed_on IS NOT NULL)),
    CHECK ((phase = 'closed') = (close_reason IS NOT NULL))
);
CREATE INDEX cases_client ON cases (client_id);
CREATE INDEX cases_phase ON cases (phase);

CREATE TABLE referrals (
    case_id          text PRIMARY KEY REFERENCES cases (id),
    source           text NOT NULL CHECK (source IN ('employment-services', 'primary-care',
                         'social-services', 'elderly-services', 'family-centre', 'emergency',
                         'mental-health-substance', 'kela', 'self', 'other')),
    channel          text NOT NULL CHECK (channel IN ('yht405', 'secure-email', 'phone', 'teams',
                         'self-booking', 'chat', 'e-service', 'on-site')),
    referrer_name    text CHECK (referrer_name IS NULL OR length(referrer_name) <= 200),
    referrer_unit    text CHECK (referrer_unit IS NULL OR length(referrer_unit) <= 200),
    referrer_contact text CHECK (referrer_contact IS NULL OR length(referrer_contact) <= 200),
    reason           text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 4000),
    effective_on     date NOT NULL
);

CREATE TABLE referral_signs (
    case_id    text NOT NULL REFERENCES referrals (case_id),
    sign       text NOT NULL CHECK (sign IN ('missed-appointments', 'frequent-contacts',
                   'cannot-seek-help', 'coping-at-home', 'everyday-management', 'finances',
                   'family-situation', 'health-problems', 'daily-life', 'worry',
                   'unclear-problem', 'repeated-unplanned-visits', 'substance-use', 'other')),
    other_text text CHECK ((sign = 'other') = (other_text IS NOT NULL)),
    rowid      bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (case_id, sign)
);

CREATE TABLE consents (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id         text NOT NULL REFERENCES cases (id),
    kind            text NOT NULL CHECK (kind IN ('multi-professional', 'meeting',
                        'kela-exchange', 'contact-request')),
    method          text NOT NULL CHECK (method IN ('written', 'oral')),
    given_on        date NOT NULL,
    scope           text CHECK (scope IS NULL OR length(scope) <= 2000),
    -- stamped by the server
    recorded_by     text NOT NULL,
    withdrawn_on    date,
    sent_to_kela_on date,
    representative  text CHECK (representative IS NULL OR length(representative) BETWEEN 1 AND 200),
    authority       text CHECK (authority IN ('guardianship', 'custodian', 'power-of-attorney',
                        'other')),
    CHECK ((authority IS NULL) = (representative IS NULL)),
    CHECK (kind <> 'meeting' OR method = 'oral'),
    CHECK (kind <> 'kela-exchange' OR method = 'written'),
    CHECK (sent_to_kela_on IS NULL OR kind = 'kela-exchange'),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_case ON consents (case_id);

CREATE TABLE triage_decisions (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id),
    decision    text NOT NULL CHECK (decision IN ('single-issue', 'joint-assessment',
                    'collaboration-team', 'redirect', 'decline')),
    kela_screen boolean NOT NULL,
    urgency     text NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    note        text CHECK (note IS NULL OR length(note) <= 2000),
    -- what was advised (single issue), where to (redirect), why (decline)
    outcome     text CHECK (outcome IS NULL OR length(outcome) <= 2000),
    -- JSON array of the units whose workers are requested (collaboration team); not hashed
    units       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(units) = 'array'),
    decided_on  date NOT NULL,
    -- stamped by the server
    decided_by  text NOT NULL,
    CHECK ((decision IN ('single-issue', 'redirect', 'decline')) = (outcome IS NOT NULL)),
    CHECK ((decision = 'collaboration-team') = (jsonb_array_length(units) > 0))
);
CREATE INDEX triage_case ON triage_decisions (case_id);

CREATE TABLE triage_team (
    decision_id bigint NOT NULL REFERENCES triage_decisions (id),
    role        text NOT NULL CHECK (role IN ('nurse', 'social-counsellor', 'care-counsellor',
                    'family-centre-worker', 'doctor')),
    rowid       bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (decision_id, role)
);

CREATE TABLE closed_days (
    day      date PRIMARY KEY,
    reason   text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    -- stamped by the server
    added_by text NOT NULL
);

CREATE TABLE directory (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role          text NOT NULL CHECK (length(role) BETWEEN 1 AND 200),
    unit          text NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
    area          text CHECK (area IS NULL OR length(area) <= 200),
    team          text CHECK (team IS NULL OR length(team) <= 200),
    team_lead     boolean NOT NULL DEFAULT false,
    phone         text CHECK (phone IS NULL OR length(phone) <= 30),
    email         text CHECK (email IS NULL OR length(email) <= 200),
    when_to_refer text CHECK (when_to_refer IS NULL OR length(when_to_refer) <= 2000),
    -- folded (lower case, no diacritics) name, role, unit, area, team and indications for `find`
    search_text   text NOT NULL
);

CREATE TABLE bookings (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id),
    kind        text NOT NULL CHECK (kind IN ('joint-assessment', 'kela', 'network', 'team')),
    -- Europe/Helsinki wall-clock time, text: the shared SQL compares it as text with slot times
    starts_at   text NOT NULL CHECK (is_minute(starts_at)),
    minutes     integer NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    status      text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'held', 'no-show',
                    'cancelled')),
    status_note text CHECK (status_note IS NULL OR length(status_note) <= 2000),
    doctor      boolean NOT NULL DEFAULT false,
    chair       text CHECK (chair IS NULL OR length(chair) <= 200),
    -- stamped by the server
    booked_by   text NOT NULL,
    booked_at   timestamptz NOT NULL,
    -- recorded when a joint assessment is held: the Suuntima segment, the Omaolo check and the
    -- second Kela screen
    segment     text CHECK (segment IN ('omatoimi', 'yhteiso', 'verkosto', 'yhteistyo')),
    omaolo      boolean,
    kela_screen boolean,
    video_link  text CHECK (video_link IS NULL
                    OR (video_link ~ '^https://.' AND length(video_link) <= 2000)),
    region      text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    CHECK (segment IS NULL OR (kind = 'joint-assessment' AND status = 'held'))
);
CREATE INDEX bookings_slot ON bookings (kind, starts_at);
CREATE INDEX bookings_case ON bookings (case_id);

CREATE TABLE booking_participants (
    booking_id   bigint NOT NULL REFERENCES bookings (id),
    directory_id bigint NOT NULL REFERENCES directory (id),
    PRIMARY KEY (booking_id, directory_id)
);

CREATE TABLE booking_attendance (
    booking_id bigint NOT NULL REFERENCES bookings (id),
    role       text NOT NULL CHECK (role IN ('client', 'referring-worker', 'nurse',
                   'social-counsellor', 'care-counsellor', 'family-centre-worker', 'doctor',
                   'kela-contact', 'key-worker', 'unit-worker', 'other')),
    rowid      bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (booking_id, role)
);

CREATE TABLE slot_rules (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('joint-assessment', 'kela', 'network', 'team')),
    weekday     integer NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    -- Helsinki 'HH:MM', text: compared and concatenated as text by the shared SQL
    start       text NOT NULL CHECK (start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    minutes     integer NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    capacity    integer NOT NULL CHECK (capacity BETWEEN 1 AND 20),
    every_weeks integer NOT NULL CHECK (every_weeks IN (1, 2)),
    -- a number (the ISO week's parity), not a flag: stays an integer
    week_parity integer NOT NULL DEFAULT 0 CHECK (week_parity IN (0, 1)),
    region      text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    CHECK (kind <> 'network')
);
-- One rule per kind, weekday and time in each region ('' standing for every region's rules).
CREATE UNIQUE INDEX slot_rules_slot ON slot_rules (kind, weekday, start, coalesce(region, ''));

CREATE TABLE team_requests (
    case_id         text PRIMARY KEY REFERENCES cases (id),
    -- who approved (a person the coordinator names, not the login): not stamped
    approved_by     text NOT NULL CHECK (length(approved_by) BETWEEN 1 AND 200),
    approved_on     date NOT NULL,
    unit_meeting_on date
);

CREATE TABLE team_request_units (
    case_id         text NOT NULL REFERENCES team_requests (case_id),
    unit            text NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
    answered_on     date,
    schedule        text CHECK (schedule IS NULL OR length(schedule) <= 500),
    worker          text CHECK (worker IS NULL OR length(worker) <= 200),
    acknowledged_on date,
    due_on          date,
    rowid           bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (case_id, unit)
);

-- ---------------------------------------------------------------------------------------------
-- Plans: versions are never changed (triggers in 006_triggers.sql), except by a purge.

CREATE TABLE plan_versions (
    case_id            text NOT NULL REFERENCES cases (id),
    version            integer NOT NULL CHECK (version >= 1),
    key_worker         text CHECK (key_worker IS NULL OR length(key_worker) <= 200),
    key_worker_unit    text CHECK (key_worker_unit IS NULL OR length(key_worker_unit) <= 200),
    key_worker_contact text CHECK (key_worker_contact IS NULL
                           OR length(key_worker_contact) <= 200),
    resources          text CHECK (resources IS NULL OR length(resources) <= 4000),
    goals              text CHECK (goals IS NULL OR length(goals) <= 4000),
    -- the client confirmed they know how the pathway goes on and whom to contact
    client_confirmed_on date,
    note               text CHECK (note IS NULL OR length(note) <= 2000),
    -- stamped by the server
    entered_at         timestamptz NOT NULL,
    actor              text NOT NULL,
    PRIMARY KEY (case_id, version)
);

CREATE TABLE plan_needs (
    case_id text NOT NULL,
    version integer NOT NULL,
    area    text NOT NULL CHECK (area IN ('health', 'social', 'finances', 'housing',
                'work-study', 'functional-capacity', 'other')),
    text    text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    rowid   bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (case_id, version, area),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
);

CREATE TABLE plan_actions (
    case_id  text NOT NULL,
    version  integer NOT NULL,
    position integer NOT NULL CHECK (position >= 1),
    what     text NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
    who      text NOT NULL CHECK (length(who) BETWEEN 1 AND 200),
    due_on   date,
    status   text NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
);

CREATE TABLE plan_pathways (
    case_id           text NOT NULL,
    version           integer NOT NULL,
    position          integer NOT NULL CHECK (position >= 1),
    service           text NOT NULL REFERENCES services (code),
    unit              text CHECK (unit IS NULL OR length(unit) <= 200),
    professional      text CHECK (professional IS NULL OR length(professional) <= 200),
    directory_id      bigint REFERENCES directory (id),
    booked_for_client boolean NOT NULL,
    appointment_on    date,
    purpose           text CHECK (purpose IS NULL OR length(purpose) <= 500),
    status            text NOT NULL CHECK (status IN ('planned', 'booked', 'attended',
                          'declined')),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES plan_versions (case_id, version)
);

CREATE TABLE follow_ups (
    id                 bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id            text NOT NULL REFERENCES cases (id),
    done_on            date NOT NULL,
    reached            boolean NOT NULL,
    status             text NOT NULL CHECK (status IN ('on-path', 'on-the-way', 'dropped-off',
                           'unreachable')),
    knows_contact      boolean,
    usefulness         integer CHECK (usefulness BETWEEN 1 AND 10),
    appointments_saved integer CHECK (appointments_saved BETWEEN 0 AND 100),
    -- JSON array of service codes whose appointments were saved; not hashed
    saved_services     jsonb NOT NULL DEFAULT '[]',
    time_saved         text CHECK (time_saved IN ('2-4-weeks', '1-2-months', '2-3-months',
                           '3-months-plus', 'none')),
    note               text CHECK (note IS NULL OR length(note) <= 2000),
    next_step          text NOT NULL CHECK (next_step IN ('close', 'again', 'reconvene-network',
                           'reconvene-team')),
    next_on            date,
    -- stamped by the server
    recorded_by        text NOT NULL,
    CHECK ((next_step = 'again') = (next_on IS NOT NULL)),
    CHECK (reached OR status = 'unreachable')
);
CREATE INDEX follow_ups_case ON follow_ups (case_id);

CREATE TABLE descriptions (
    case_id  text PRIMARY KEY REFERENCES cases (id),
    text     text NOT NULL CHECK (length(text) BETWEEN 1 AND 8000),
    -- stamped by the server, on every save (insert or update)
    saved_at timestamptz NOT NULL,
    saved_by text NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- The chained logs. The client inserts without id, hash, actor, the time column and clock; the
-- trigger chain_append (006_triggers.sql) sets them. Time columns stay Stamp text: they are hashed.

CREATE TABLE events (
    id           bigint PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases (id),
    kind         text NOT NULL REFERENCES event_kinds (kind),
    -- text, not jsonb: hashed byte for byte
    detail       text NOT NULL CHECK (json_valid(detail)),
    effective_on date NOT NULL,
    entered_at   text NOT NULL CHECK (is_stamp(entered_at)),
    actor        text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    -- sha256 over the previous row's hash and this row: an edited, removed or reordered row
    -- breaks the chain (moty audit verify)
    hash         text NOT NULL CHECK (length(hash) = 64),
    os_user      text CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100),
    clock        text CHECK (clock IS NULL OR clock IN ('system', 'override')),
    text_hash    text CHECK (text_hash IS NULL OR length(text_hash) = 64),
    hash_v1      text CHECK (hash_v1 IS NULL OR length(hash_v1) = 64)
);
CREATE INDEX events_case ON events (case_id);

CREATE TABLE access_log (
    id        bigint PRIMARY KEY,
    at        text NOT NULL CHECK (is_stamp(at)),
    actor     text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    command   text NOT NULL,
    action    text NOT NULL CHECK (action IN ('view', 'change', 'search')),
    client_id bigint REFERENCES clients (id),
    case_id   text REFERENCES cases (id),
    reason    text CHECK (reason IS NULL OR length(reason) <= 500),
    hash      text NOT NULL CHECK (length(hash) = 64),
    os_user   text CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100),
    clock     text CHECK (clock IS NULL OR clock IN ('system', 'override')),
    text_hash text CHECK (text_hash IS NULL OR length(text_hash) = 64),
    hash_v1   text CHECK (hash_v1 IS NULL OR length(hash_v1) = 64)
);
CREATE INDEX access_log_client ON access_log (client_id);
CREATE INDEX access_log_case ON access_log (case_id);

CREATE TABLE disclosure_log (
    id        bigint PRIMARY KEY,
    at        text NOT NULL CHECK (is_stamp(at)),
    actor     text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    what      text NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
    recipient text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 200),
    -- JSON array of the case ids the export concerns; text, not jsonb: hashed byte for byte
    cases     text NOT NULL CHECK (json_valid(cases) AND jsonb_typeof(cases::jsonb) = 'array'),
    hash      text NOT NULL CHECK (length(hash) = 64),
    os_user   text CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100),
    clock     text CHECK (clock IS NULL OR clock IN ('system', 'override')),
    hash_v1   text CHECK (hash_v1 IS NULL OR length(hash_v1) = 64)
);

CREATE TABLE anchors (
    id       bigint PRIMARY KEY,
    at       text NOT NULL CHECK (is_stamp(at)),
    actor    text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    reason   text NOT NULL CHECK (reason IN ('chain-format', 'restore', 'import')),
    -- a restore re-anchors the re-anchor log too: it names the head the restored file replaced
    log      text NOT NULL CHECK (log IN ('events', 'access_log', 'disclosure_log', 'anchors')),
    old_rows bigint NOT NULL CHECK (old_rows >= 0),
    old_head text NOT NULL CHECK (length(old_head) = 64),
    new_rows bigint NOT NULL CHECK (new_rows >= 0),
    new_head text NOT NULL CHECK (length(new_head) = 64),
    -- JSON: what the break was; text, not jsonb: hashed byte for byte
    detail   text NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    hash     text NOT NULL CHECK (length(hash) = 64)
);

-- Personal text of a log row under a salted commitment (chain format 2). Never updated; deleted
-- only by a purge that records the erasure in the same transaction (006_triggers.sql).
CREATE TABLE log_texts (
    log    text NOT NULL CHECK (log IN ('events', 'access_log')),
    row_id bigint NOT NULL,
    salt   bytea NOT NULL CHECK (octet_length(salt) = 16),
    body   text NOT NULL,
    PRIMARY KEY (log, row_id)
);

CREATE TABLE erasures (
    log         text NOT NULL CHECK (log IN ('events', 'access_log')),
    row_id      bigint NOT NULL,
    purge_event bigint NOT NULL REFERENCES events (id),
    PRIMARY KEY (log, row_id)
);

-- ---------------------------------------------------------------------------------------------
-- Feedback, estimates, surveys, Kela conclusions (migration 5).

CREATE TABLE statement_versions (
    -- numbered by the store (max + 1); an identity only so that the type rule holds
    version bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY CHECK (version >= 1),
    -- NULL for the version moty ships with; stamped by the server otherwise
    made_at timestamptz,
    made_by text NOT NULL CHECK (length(made_by) BETWEEN 1 AND 100)
);

CREATE TABLE statements (
    version  bigint NOT NULL REFERENCES statement_versions (version),
    position integer NOT NULL CHECK (position BETWEEN 1 AND 50),
    code     text NOT NULL CHECK (is_code(code) AND length(code) <= 40),
    -- read aloud to the client, in the client's language
    text_fi  text NOT NULL CHECK (length(trim(text_fi)) BETWEEN 1 AND 300),
    text_sv  text NOT NULL CHECK (length(trim(text_sv)) BETWEEN 1 AND 300),
    text_en  text NOT NULL CHECK (length(trim(text_en)) BETWEEN 1 AND 300),
    PRIMARY KEY (version, code),
    UNIQUE (version, position)
);

CREATE TABLE feedback (
    id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id           text NOT NULL REFERENCES cases (id),
    booking_id        bigint NOT NULL REFERENCES bookings (id),
    given_on          date NOT NULL,
    usefulness        integer CHECK (usefulness IS NULL OR usefulness BETWEEN 1 AND 10),
    statement_version bigint REFERENCES statement_versions (version),
    text              text CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    -- stamped by the server
    recorded_by       text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX feedback_case ON feedback (case_id);
CREATE INDEX feedback_booking ON feedback (booking_id);

CREATE TABLE feedback_answers (
    feedback_id bigint NOT NULL REFERENCES feedback (id),
    version     bigint NOT NULL,
    code        text NOT NULL,
    answer      text NOT NULL CHECK (answer IN ('fully-agree', 'partly-agree', 'cant-say',
                    'partly-disagree', 'fully-disagree')),
    rowid       bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (feedback_id, code),
    FOREIGN KEY (version, code) REFERENCES statements (version, code)
);

CREATE TABLE estimates (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases (id),
    -- the reception estimated; NULL only for an estimate entered at a follow-up call
    booking_id   bigint REFERENCES bookings (id),
    -- appointments saved in all (at least the sum of estimate_services' counts); NULL: not estimated
    appointments integer CHECK (appointments IS NULL OR appointments BETWEEN 0 AND 100),
    time_saved   text CHECK (time_saved IN ('2-4-weeks', '1-2-months', '2-3-months',
                     '3-months-plus', 'none')),
    how          text CHECK (how IS NULL OR length(how) BETWEEN 1 AND 2000),
    -- the answer was given at a follow-up call (the register before migration 5 asked then)
    at_follow_up boolean NOT NULL DEFAULT false,
    follow_up_id bigint REFERENCES follow_ups (id),
    -- stamped by the server
    recorded_by  text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at  timestamptz NOT NULL,
    CHECK (booking_id IS NOT NULL OR at_follow_up),
    CHECK ((follow_up_id IS NOT NULL) = at_follow_up)
);
CREATE INDEX estimates_case ON estimates (case_id);

CREATE TABLE estimate_services (
    estimate_id bigint NOT NULL REFERENCES estimates (id),
    service     text NOT NULL REFERENCES services (code),
    count       integer NOT NULL CHECK (count BETWEEN 1 AND 100),
    rowid       bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    PRIMARY KEY (estimate_id, service)
);

CREATE TABLE surveys (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases (id),
    booking_id   bigint NOT NULL REFERENCES bookings (id),
    role         text NOT NULL CHECK (role IN ('nurse', 'social-counsellor', 'doctor',
                     'kela-contact')),
    -- the added value of the other professional's presence, 1–5
    added_value  integer CHECK (added_value IS NULL OR added_value BETWEEN 1 AND 5),
    -- the benefit of the Kela consultation, 1–5
    kela_benefit integer CHECK (kela_benefit IS NULL OR kela_benefit BETWEEN 1 AND 5),
    text         text CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    -- stamped by the server
    entered_by   text NOT NULL CHECK (length(entered_by) BETWEEN 1 AND 100),
    entered_at   timestamptz NOT NULL,
    UNIQUE (booking_id, role)
);
CREATE INDEX surveys_case ON surveys (case_id);

CREATE TABLE kela_conclusions (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id),
    booking_id  bigint NOT NULL REFERENCES bookings (id),
    position    integer NOT NULL CHECK (position BETWEEN 1 AND 100),
    kind        text NOT NULL CHECK (kind IN ('benefit', 'rehabilitation', 'statement',
                    'recommendation')),
    -- for kind 'statement': which one
    statement   text CHECK (statement IN ('b-statement', 'care-plan', 'cost-estimate')),
    text        text CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    -- who takes responsibility (a role or a name), and by when
    responsible text CHECK (responsible IS NULL OR length(responsible) BETWEEN 1 AND 200),
    due_on      date,
    -- the plan version that took it in as an agreed action; NULL: not yet taken into the plan
    planned_in  integer CHECK (planned_in IS NULL OR planned_in >= 1),
    -- stamped by the server
    recorded_by text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at timestamptz NOT NULL,
    UNIQUE (booking_id, case_id, position),
    FOREIGN KEY (case_id, planned_in) REFERENCES plan_versions (case_id, version),
    CHECK ((kind = 'statement') = (statement IS NOT NULL)),
    CHECK (kind = 'statement' OR text IS NOT NULL)
);
CREATE INDEX kela_conclusions_case ON kela_conclusions (case_id);

-- ---------------------------------------------------------------------------------------------
-- Team procedure, consultations, contact cards, protection, regions (migration 5).

CREATE TABLE team_descriptions_sent (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id       text NOT NULL,
    unit          text NOT NULL,
    sent_on       date NOT NULL,
    recipient     text CHECK (recipient IS NULL OR length(recipient) BETWEEN 1 AND 200),
    -- a copy of descriptions.saved_at as the store read it (Stamp text): which text was sent
    description_saved_at text NOT NULL CHECK (length(description_saved_at) BETWEEN 1 AND 40),
    disclosure_id bigint NOT NULL UNIQUE REFERENCES disclosure_log (id),
    -- stamped by the server
    sent_by       text NOT NULL CHECK (length(sent_by) BETWEEN 1 AND 100),
    sent_at       timestamptz NOT NULL,
    FOREIGN KEY (case_id, unit) REFERENCES team_request_units (case_id, unit)
);
CREATE INDEX team_descriptions_sent_case ON team_descriptions_sent (case_id, unit);

-- Anonymous consultations: a chain of their own (consultations.rs, HASHED). The trigger
-- chain_append stamps recorded_by, recorded_at and clock and computes the hash, as for the logs.
CREATE TABLE consultations (
    id                bigint PRIMARY KEY,
    -- Helsinki wall-clock time of the consultation, to the minute (text: hashed, and substr()ed)
    consulted_at      text NOT NULL CHECK (is_minute(consulted_at)),
    channel           text NOT NULL CHECK (channel IN ('phone', 'teams', 'chat', 'e-mail',
                          'on-site')),
    -- the consulting professional's unit, from the catalogue
    unit              text NOT NULL REFERENCES units (code),
    topic             text NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 2000),
    advice            text NOT NULL CHECK (length(trim(advice)) BETWEEN 1 AND 2000),
    referral_expected text NOT NULL CHECK (referral_expected IN ('yes', 'no', 'maybe')),
    recorded_by       text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    -- hashed: Stamp text
    recorded_at       text NOT NULL CHECK (is_stamp(recorded_at)),
    os_user           text NOT NULL CHECK (length(os_user) BETWEEN 1 AND 100),
    clock             text NOT NULL CHECK (clock IN ('system', 'override')),
    hash              text NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX consultations_at ON consultations (consulted_at);

CREATE TABLE consultation_links (
    consultation_id bigint PRIMARY KEY REFERENCES consultations (id),
    case_id         text NOT NULL REFERENCES cases (id),
    event_id        bigint NOT NULL UNIQUE REFERENCES events (id),
    linked_on       date NOT NULL,
    -- stamped by the server
    linked_by       text NOT NULL CHECK (length(linked_by) BETWEEN 1 AND 100),
    linked_at       timestamptz NOT NULL
);
CREATE INDEX consultation_links_case ON consultation_links (case_id);

CREATE TABLE contact_cards (
    -- case-insensitive like SQLite's COLLATE NOCASE primary key
    region            text COLLATE nocase PRIMARY KEY CHECK (length(region) <= 80),
    coordinators      text CHECK (coordinators IS NULL OR length(coordinators) BETWEEN 1 AND 300),
    phone             text CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 30),
    phone_hours       text CHECK (phone_hours IS NULL OR length(phone_hours) BETWEEN 1 AND 200),
    office_hours      text CHECK (office_hours IS NULL OR length(office_hours) BETWEEN 1 AND 200),
    teams             text CHECK (teams IS NULL OR length(teams) BETWEEN 1 AND 200),
    email             text CHECK (email IS NULL OR length(email) BETWEEN 1 AND 200),
    coordination_book text CHECK (coordination_book IS NULL
                          OR length(coordination_book) BETWEEN 1 AND 40),
    -- stamped by the server, on every save
    changed_by        text NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 100),
    changed_at        timestamptz NOT NULL
);

CREATE TABLE disclosure_bases (
    disclosure_id bigint PRIMARY KEY REFERENCES disclosure_log (id),
    basis         text NOT NULL CHECK (basis IN ('consent', 'social-welfare-act-41',
                      'health-care-act-32', 'other')),
    named         text CHECK (named IS NULL OR length(named) BETWEEN 1 AND 200),
    hash          text NOT NULL CHECK (length(hash) = 64),
    CHECK ((basis = 'other') = (named IS NOT NULL))
);

CREATE TABLE disclosure_bases_from (
    first_row bigint NOT NULL CHECK (first_row >= 1)
);

-- A coordinator's default region. The column keeps SQLite's name `user`, a reserved word in
-- PostgreSQL: the shared SQL must write it "user" (double quotes work on both engines); an
-- unquoted `user` in PostgreSQL is current_user.
CREATE TABLE user_regions (
    "user" text PRIMARY KEY CHECK (length("user") BETWEEN 1 AND 100),
    region text NOT NULL CHECK (length(region) BETWEEN 1 AND 80)
);

-- ---------------------------------------------------------------------------------------------
-- Reference rows, with SQLite's ids and rowids (generated from a fresh SQLite register at
-- version 6: Rust enums and lists follow their order).

INSERT INTO event_kinds (rowid, kind) OVERRIDING SYSTEM VALUE VALUES
    (1, 'case-opened'),
    (2, 'client-updated'),
    (3, 'consent-given'),
    (4, 'consent-withdrawn'),
    (5, 'kela-form-sent'),
    (6, 'triaged'),
    (7, 'case-closed'),
    (8, 'case-reopened'),
    (9, 'meeting-booked'),
    (10, 'meeting-held'),
    (11, 'meeting-no-show'),
    (12, 'meeting-cancelled'),
    (13, 'meeting-moved'),
    (14, 'team-requested'),
    (15, 'team-unit-answered'),
    (16, 'plan-changed'),
    (17, 'pathways-completed'),
    (18, 'follow-up-recorded'),
    (19, 'description-saved'),
    (20, 'case-purged'),
    (21, 'feedback-recorded'),
    (22, 'estimate-recorded'),
    (23, 'survey-recorded'),
    (24, 'kela-concluded'),
    (25, 'fact-corrected'),
    (26, 'team-description-sent'),
    (27, 'team-unit-acknowledged'),
    (28, 'consultation-linked'),
    (29, 'meeting-link-set'),
    (30, 'follow-up-interval-set'),
    (31, 'non-disclosure-changed'),
    (32, 'region-changed');

INSERT INTO areas (code, kind, position, name_fi, name_sv, name_en) VALUES
    ('family-social', 'sote', 1, 'Perhe- ja sosiaalipalvelut', 'Familje- och socialtjänster', 'Family and social services'),
    ('health-medical', 'sote', 2, 'Terveys- ja sairaanhoitopalvelut', 'Hälso- och sjukvårdstjänster', 'Health and medical care'),
    ('older-people', 'sote', 3, 'Ikäihmisten palvelut', 'Tjänster för äldre', 'Services for older people'),
    ('kela', 'outside', 4, 'Kela', 'FPA', 'Kela'),
    ('employment', 'outside', 5, 'Työllisyyspalvelut', 'Sysselsättningstjänster', 'Employment services'),
    ('education', 'outside', 6, 'Sivistystoimi ja oppilaitokset', 'Bildningsväsendet och läroanstalter', 'Education'),
    ('rescue', 'outside', 7, 'Pelastustoimi', 'Räddningsväsendet', 'Rescue services'),
    ('ngo', 'outside', 8, 'Järjestöt', 'Organisationer', 'NGOs'),
    ('other', 'outside', 9, 'Muu toimija', 'Annan aktör', 'Other actor');

INSERT INTO units (rowid, code, area, name_fi, name_sv, name_en, active) OVERRIDING SYSTEM VALUE VALUES
    (1, 'family-centre', 'family-social', 'Perhekeskus', 'Familjecenter', 'family centre', true),
    (2, 'child-youth-early-support', 'family-social', 'Lasten ja nuorten varhainen tuki', 'Tidigt stöd för barn och unga', 'child and youth early support', true),
    (3, 'family-social-work', 'family-social', 'Perhesosiaalityö', 'Familjesocialarbete', 'family social work', true),
    (4, 'adult-social-work', 'family-social', 'Aikuissosiaalityö ja sosiaaliohjaus', 'Socialt arbete och handledning för vuxna', 'adult social work', true),
    (5, 'living-at-home-support', 'family-social', 'Asumisen tuki', 'Stöd för boende', 'support for living at home', true),
    (6, 'employment-inclusion', 'family-social', 'Työllisyyttä ja osallisuutta tukevat palvelut', 'Tjänster som stöder sysselsättning och delaktighet', 'employment and inclusion services', true),
    (7, 'disability-services', 'family-social', 'Vammaispalvelut', 'Handikappservice', 'disability services', true),
    (8, 'reception-services', 'health-medical', 'Vastaanottopalvelut', 'Mottagningstjänster', 'reception services', true),
    (9, 'urgent-reception', 'health-medical', 'Kiireellinen vastaanotto', 'Brådskande mottagning', 'urgent reception', true),
    (10, 'emergency-department', 'health-medical', 'Päivystys', 'Jouren', 'emergency department', true),
    (11, 'adult-clinic', 'health-medical', 'Aikuisneuvola', 'Vuxenrådgivning', 'adult clinic', true),
    (12, 'care-need-assessment', 'health-medical', 'Asiakasohjaus ja hoidon tarpeen arviointi', 'Klienthandledning och bedömning av vårdbehov', 'client guidance and care-need assessment', true),
    (13, 'home-hospital', 'health-medical', 'Kotisairaala', 'Hemsjukhus', 'home hospital', true),
    (14, 'ward', 'health-medical', 'Vuodeosasto', 'Vårdavdelning', 'ward', true),
    (15, 'oral-health', 'health-medical', 'Suun terveydenhuolto', 'Munhälsovård', 'oral health', true),
    (16, 'rehabilitation', 'health-medical', 'Perustason kuntoutuspalvelut', 'Rehabiliteringstjänster på basnivå', 'basic-level rehabilitation', true),
    (17, 'mental-health-substance', 'health-medical', 'Mielenterveys-, päihde- ja riippuvuuspalvelut perustasolla', 'Mentalvårds-, missbruks- och beroendetjänster på basnivå', 'basic-level mental-health, substance and addiction services', true),
    (18, 'older-client-guidance', 'older-people', 'Ikäihmisten asiakasohjaus', 'Klienthandledning för äldre', 'client guidance for older people', true),
    (19, 'home-care', 'older-people', 'Kotihoito', 'Hemvård', 'home care', true),
    (20, 'functional-capacity', 'older-people', 'Ikäihmisten toimintakyvyn tuen palvelut', 'Tjänster som stöder äldres funktionsförmåga', 'functional-capacity support', true),
    (21, 'service-housing', 'older-people', 'Ympärivuorokautinen palveluasuminen', 'Serviceboende dygnet runt', 'round-the-clock service housing', true),
    (22, 'kela', 'kela', 'Kela', 'FPA', 'Kela', true),
    (23, 'employment-services', 'employment', 'Työllisyyspalvelut (TE-palvelut)', 'Sysselsättningstjänster (TE-tjänster)', 'employment services', true),
    (24, 'education', 'education', 'Oppilaitos', 'Läroanstalt', 'education', true),
    (25, 'rescue-services', 'rescue', 'Pelastustoimi', 'Räddningsväsendet', 'rescue services', true),
    (26, 'ngo', 'ngo', 'Järjestö', 'Organisation', 'NGO', true);

INSERT INTO services (rowid, code, name, active, area, name_fi, name_sv, name_en) OVERRIDING SYSTEM VALUE VALUES
    (1, 'public-health-nurse', 'public health nurse (terveydenhoitaja)', true, 'health-medical', 'Terveydenhoitaja', 'Hälsovårdare', 'public health nurse'),
    (2, 'digital-nurse', 'digital nurse (digihoitaja)', true, 'health-medical', 'Digihoitaja', 'Digital sjukskötare', 'digital nurse'),
    (3, 'doctor', 'doctor (lääkäri)', true, 'health-medical', 'Lääkäri', 'Läkare', 'doctor'),
    (4, 'rehabilitation-counsellor', 'rehabilitation counsellor (kuntoutusohjaaja)', true, 'health-medical', 'Kuntoutusohjaaja', 'Rehabiliteringshandledare', 'rehabilitation counsellor'),
    (5, 'laboratory', 'laboratory (labra)', true, 'health-medical', 'Laboratorio', 'Laboratorium', 'laboratory'),
    (6, 'physiotherapy', 'physiotherapy (fysioterapia)', true, 'health-medical', 'Fysioterapia', 'Fysioterapi', 'physiotherapy'),
    (7, 'elderly-client-guidance', 'client guidance for older people (asiakasohjaus, ikäihmiset)', true, 'older-people', 'Ikäihmisten asiakasohjaus', 'Klienthandledning för äldre', 'client guidance for older people'),
    (8, 'psychiatric-nurse', 'psychiatric nurse (psykiatrinen sairaanhoitaja)', true, 'health-medical', 'Psykiatrinen sairaanhoitaja', 'Psykiatrisk sjukskötare', 'psychiatric nurse'),
    (9, 'health-exercise', 'health-exercise coordinator (terveysliikuntakoordinaattori)', true, 'health-medical', 'Terveysliikuntakoordinaattori', 'Koordinator för hälsomotion', 'health-exercise coordinator'),
    (10, 'social-counsellor', 'social counsellor (sosiaaliohjaaja)', true, 'family-social', 'Sosiaaliohjaaja', 'Socialhandledare', 'social counsellor'),
    (11, 'typ', 'multi-sector employment service (TYP)', true, 'employment', 'Työllistymistä edistävä monialainen yhteispalvelu (TYP)', 'Sektorsövergripande samservice som främjar sysselsättning (TYP)', 'multi-sector employment service (TYP)'),
    (12, 'home-rehabilitation', 'home rehabilitation (kotikuntoutus)', true, 'older-people', 'Kotikuntoutus', 'Hemrehabilitering', 'home rehabilitation'),
    (13, 'oral-health', 'oral health (suun terveydenhuolto)', true, 'health-medical', 'Suun terveydenhuolto', 'Munhälsovård', 'oral health'),
    (14, 'kela', 'Kela: benefit or rehabilitation application, B-statement', true, 'kela', 'Kela: etuus- tai kuntoutushakemus, B-lausunto', 'FPA: förmåns- eller rehabiliteringsansökan, B-utlåtande', 'Kela: benefit or rehabilitation application, B-statement'),
    (15, 'employment-services', 'employment services (TE-palvelut)', true, 'employment', 'Työllisyyspalvelut (TE-palvelut)', 'Sysselsättningstjänster (TE-tjänster)', 'employment services'),
    (16, 'home-care', 'home care (kotihoito)', true, 'older-people', 'Kotihoito', 'Hemvård', 'home care'),
    (17, 'social-worker', 'social worker (sosiaalityöntekijä)', true, 'family-social', 'Sosiaalityöntekijä', 'Socialarbetare', 'social worker'),
    (18, 'other', 'other (muu)', true, 'other', 'Muu', 'Annat', 'other');

INSERT INTO statement_versions (version, made_at, made_by) OVERRIDING SYSTEM VALUE VALUES
    (1, NULL, 'moty');

INSERT INTO statements (version, position, code, text_fi, text_sv, text_en) VALUES
    (1, 1, 'mattered-to-me', 'Keskityimme vastaanotolla minulle tärkeisiin asioihin.', 'Vi fokuserade under besöket på det som var viktigt för mig.', 'We focused on what mattered to me.'),
    (1, 2, 'heard-and-respected', 'Tulin kuulluksi, ymmärretyksi ja kunnioitetuksi.', 'Jag blev hörd, förstådd och respekterad.', 'I was heard, understood and respected.'),
    (1, 3, 'informed-on-services', 'Sain tietoa tarvitsemistani palveluista.', 'Jag fick information om de tjänster jag behöver.', 'I got information on the services I need.'),
    (1, 4, 'know-what-next', 'Tiedän, mitä seuraavaksi tapahtuu.', 'Jag vet vad som händer härnäst.', 'I know what happens next.');

INSERT INTO slot_rules (id, kind, weekday, start, minutes, capacity, every_weeks, week_parity, region) OVERRIDING SYSTEM VALUE VALUES
    (1, 'joint-assessment', 3, '12:30', 90, 1, 1, 0, NULL),
    (2, 'joint-assessment', 3, '14:00', 90, 1, 1, 0, NULL),
    (3, 'kela', 4, '13:00', 60, 4, 1, 0, NULL),
    (4, 'team', 3, '12:00', 90, 3, 2, 0, NULL);

INSERT INTO disclosure_bases_from (first_row) VALUES
    (1);

-- The identities go on after the reference rows.
SELECT setval(pg_get_serial_sequence('moty.event_kinds', 'rowid'), (SELECT max(rowid) FROM event_kinds));
SELECT setval(pg_get_serial_sequence('moty.units', 'rowid'), (SELECT max(rowid) FROM units));
SELECT setval(pg_get_serial_sequence('moty.services', 'rowid'), (SELECT max(rowid) FROM services));
SELECT setval(pg_get_serial_sequence('moty.statement_versions', 'version'), (SELECT max(version) FROM statement_versions));
SELECT setval(pg_get_serial_sequence('moty.slot_rules', 'id'), (SELECT max(id) FROM slot_rules));
