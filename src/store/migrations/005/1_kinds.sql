-- Migration 5, part 1: the event kinds of the evidence the pilots collected (issue #12) and the
-- per-case follow-up interval. Migration 5 is these parts run in order (part_1 … part_5), in one
-- transaction with the rest of the upgrade.

INSERT INTO event_kinds (kind) VALUES
    ('feedback-recorded'), ('estimate-recorded'), ('survey-recorded'), ('kela-concluded'),
    ('fact-corrected');

-- A case's own follow-up interval in weeks, where the pair agreed one other than the team's
-- (meta `follow_up_weeks`); NULL: the team's.
ALTER TABLE cases ADD COLUMN follow_up_weeks INTEGER
    CHECK (follow_up_weeks IS NULL OR follow_up_weeks BETWEEN 1 AND 104);
