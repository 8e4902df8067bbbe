-- Migration 5, part 6: the Yhteistyö-tiimi procedure step by step (seed 001; issue #13, item 2).
--
-- The referring worker takes the case to their own unit's team meeting, where the need is
-- confirmed and the supervisor approves; the supervisor sends the anonymous description to each
-- requested unit; each unit acknowledges receipt with a processing schedule and a due date
-- (team_request_units.acknowledged_on, schedule, due_on, there since migration 3), and later
-- names its worker (worker, answered_on).

-- The date of the referring worker's own unit's team meeting ("oman yksikön tiimipalaveri") that
-- confirmed the need for the Yhteistyö-tiimi; moty records it only with the need confirmed there.
-- NULL: not recorded (a request from before this migration, or recorded without it).
ALTER TABLE team_requests ADD COLUMN unit_meeting_on TEXT
    CHECK (unit_meeting_on IS NULL OR date(unit_meeting_on) IS unit_meeting_on);

-- Each sending of the anonymous description to a requested unit: when, to whom at the unit (a
-- professional, optional), the version sent (the description's saved_at) and the disclosure-log
-- row that records it (the chained log keeps no extra columns; this side table points at it).
CREATE TABLE team_descriptions_sent (
    id            INTEGER PRIMARY KEY,
    case_id       TEXT NOT NULL,
    unit          TEXT NOT NULL,
    sent_on       TEXT NOT NULL CHECK (date(sent_on) IS sent_on),
    recipient     TEXT CHECK (recipient IS NULL OR length(recipient) BETWEEN 1 AND 200),
    description_saved_at TEXT NOT NULL CHECK (length(description_saved_at) BETWEEN 1 AND 40),
    disclosure_id INTEGER NOT NULL UNIQUE REFERENCES disclosure_log (id),
    sent_by       TEXT NOT NULL CHECK (length(sent_by) BETWEEN 1 AND 100),
    sent_at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', sent_at) IS sent_at),
    FOREIGN KEY (case_id, unit) REFERENCES team_request_units (case_id, unit)
) STRICT;

CREATE INDEX team_descriptions_sent_case ON team_descriptions_sent (case_id, unit);

INSERT INTO event_kinds (kind) VALUES ('team-description-sent'), ('team-unit-acknowledged');
