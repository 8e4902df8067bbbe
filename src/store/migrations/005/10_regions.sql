-- Migration 5, part 10: regional pairs each work their own view of the register (seed 000: the
-- south and the north pair; issue #13, item 5). The region belongs to the case (cases.region,
-- since migration 3); a slot rule may belong to one region (NULL: every region's), a booking
-- carries the region of its case, and each coordinator may have a default region.

-- slot_rules: rebuilt (SQLite cannot change a UNIQUE constraint in place) so that two regions can
-- hold a joint assessment at the same hour. Every row keeps its id.
CREATE TABLE slot_rules_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('joint-assessment', 'kela', 'network', 'team')),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    start       TEXT NOT NULL CHECK (start GLOB '[0-2][0-9]:[0-5][0-9]'
                    AND time(start || ':00') IS start || ':00'),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    capacity    INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20),
    every_weeks INTEGER NOT NULL CHECK (every_weeks IN (1, 2)),
    week_parity INTEGER NOT NULL DEFAULT 0 CHECK (week_parity IN (0, 1)),
    region      TEXT CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80),
    CHECK (kind <> 'network')
) STRICT;

INSERT INTO slot_rules_new (id, kind, weekday, start, minutes, capacity, every_weeks, week_parity)
    SELECT id, kind, weekday, start, minutes, capacity, every_weeks, week_parity
    FROM slot_rules ORDER BY id;

DROP TABLE slot_rules;
ALTER TABLE slot_rules_new RENAME TO slot_rules;
-- One rule per kind, weekday and time in each region ('' standing for every region's rules).
CREATE UNIQUE INDEX slot_rules_slot ON slot_rules (kind, weekday, start, ifnull(region, ''));

-- The region of the booking's case when it was booked (moved with the case while still booked):
-- a regional slot's places are counted per region.
ALTER TABLE bookings ADD COLUMN region TEXT
    CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80);
UPDATE bookings SET region = (SELECT c.region FROM cases c WHERE c.id = bookings.case_id);

-- A coordinator's default region (the `--as` name): the work list, the triage queue, the
-- calendar, the follow-ups due and the weekly export show that region unless told otherwise.
CREATE TABLE user_regions (
    user   TEXT PRIMARY KEY CHECK (length(user) BETWEEN 1 AND 100),
    region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80)
) STRICT;

INSERT INTO event_kinds (kind) VALUES ('region-changed');
