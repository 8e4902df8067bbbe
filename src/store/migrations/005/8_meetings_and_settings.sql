-- Migration 5, part 8: meetings' video links and participants' e-mail, the coordinators' contact
-- card (issue #13, items 10, 11 and 13).

-- A meeting's video link (Teams or another service): an https address, shown in the agenda and
-- written into the calendar file. The participants' e-mail is their directory entries'.
ALTER TABLE bookings ADD COLUMN video_link TEXT
    CHECK (video_link IS NULL OR (video_link GLOB 'https://?*' AND length(video_link) <= 2000));

-- A video link given to a booked meeting afterwards; a case's own follow-up interval set or
-- given back to the team's (cases.follow_up_weeks, part 1).
INSERT INTO event_kinds (kind) VALUES ('meeting-link-set'), ('follow-up-interval-set');

-- The coordinators' contact card for the referring units (seed 000): the team's (region '') and
-- a regional pair's, whose fields stand in for the team's where given. Hours are kept as
-- "mon-fri 09:00-10:00" (spans separated by "; ") so that each language words them its own way.
CREATE TABLE contact_cards (
    region            TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(region) <= 80),
    coordinators      TEXT CHECK (coordinators IS NULL OR length(coordinators) BETWEEN 1 AND 300),
    phone             TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 30),
    phone_hours       TEXT CHECK (phone_hours IS NULL OR length(phone_hours) BETWEEN 1 AND 200),
    office_hours      TEXT CHECK (office_hours IS NULL OR length(office_hours) BETWEEN 1 AND 200),
    teams             TEXT CHECK (teams IS NULL OR length(teams) BETWEEN 1 AND 200),
    email             TEXT CHECK (email IS NULL OR length(email) BETWEEN 1 AND 200),
    coordination_book TEXT CHECK (coordination_book IS NULL
                          OR length(coordination_book) BETWEEN 1 AND 40),
    changed_by        TEXT NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 100),
    changed_at        TEXT NOT NULL
                          CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', changed_at) IS changed_at)
) STRICT;
