-- Migration 5, part 3: the SOTE pair's estimates per reception (seed 003: which appointments the
-- joint reception saved the client and how much it shortened the path) and the professionals'
-- surveys (the added value of the other professional; the benefit of the Kela consultation).

CREATE TABLE estimates (
    id            INTEGER PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id),
    -- the reception estimated; NULL only for an estimate entered at a follow-up call
    booking_id    INTEGER REFERENCES bookings (id),
    -- appointments saved in all (at least the sum of estimate_services' counts); NULL: not estimated
    appointments  INTEGER CHECK (appointments IS NULL OR appointments BETWEEN 0 AND 100),
    time_saved    TEXT CHECK (time_saved IN ('2-4-weeks', '1-2-months', '2-3-months',
                      '3-months-plus', 'none')),
    how           TEXT CHECK (how IS NULL OR length(how) BETWEEN 1 AND 2000),
    -- 1: the answer was given at a follow-up call (the register before migration 5 asked then)
    at_follow_up  INTEGER NOT NULL DEFAULT 0 CHECK (at_follow_up IN (0, 1)),
    follow_up_id  INTEGER REFERENCES follow_ups (id),
    recorded_by   TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at) IS recorded_at),
    CHECK (booking_id IS NOT NULL OR at_follow_up = 1),
    CHECK ((follow_up_id IS NOT NULL) = (at_follow_up = 1))
) STRICT;

CREATE INDEX estimates_case ON estimates (case_id);

-- Which services' appointments were saved, and how many of each.
CREATE TABLE estimate_services (
    estimate_id INTEGER NOT NULL REFERENCES estimates (id),
    service     TEXT NOT NULL REFERENCES services (code),
    count       INTEGER NOT NULL CHECK (count BETWEEN 1 AND 100),
    PRIMARY KEY (estimate_id, service)
) STRICT;

-- The follow-up call's savings answers become the pair's estimates for that case, marked as
-- entered at follow-up (the columns stay in follow_ups, no longer written). The follow-up's
-- usefulness stays where it is: it is the client's follow-up feedback.
INSERT INTO estimates (case_id, booking_id, appointments, time_saved, how, at_follow_up,
        follow_up_id, recorded_by, recorded_at)
    SELECT f.case_id, NULL, f.appointments_saved, f.time_saved, NULL, 1, f.id, f.recorded_by,
        f.done_on || 'T00:00:00Z'
    FROM follow_ups f
    WHERE f.appointments_saved IS NOT NULL OR f.time_saved IS NOT NULL
        OR json_array_length(f.saved_services) > 0
    ORDER BY f.id;

-- A service listed more than once (the flag was repeatable) counts once per listing.
INSERT INTO estimate_services (estimate_id, service, count)
    SELECT e.id, j.value, min(count(*), 100)
    FROM estimates e JOIN follow_ups f ON f.id = e.follow_up_id, json_each(f.saved_services) j
    GROUP BY e.id, j.value
    ORDER BY e.id, min(j.id);

-- Each professional's answer about a held meeting, by role. An outside professional's answer is
-- entered by a coordinator (entered_by), with the respondent's role.
CREATE TABLE surveys (
    id           INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    booking_id   INTEGER NOT NULL REFERENCES bookings (id),
    role         TEXT NOT NULL CHECK (role IN ('nurse', 'social-counsellor', 'doctor',
                     'kela-contact')),
    -- the added value of the other professional's presence, 1–5
    added_value  INTEGER CHECK (added_value IS NULL OR added_value BETWEEN 1 AND 5),
    -- the benefit of the Kela consultation, 1–5
    kela_benefit INTEGER CHECK (kela_benefit IS NULL OR kela_benefit BETWEEN 1 AND 5),
    text         TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    entered_by   TEXT NOT NULL CHECK (length(entered_by) BETWEEN 1 AND 100),
    entered_at   TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', entered_at) IS entered_at),
    UNIQUE (booking_id, role)
) STRICT;

CREATE INDEX surveys_case ON surveys (case_id);
