-- Migration 5, part 4: what a Kela consultation concluded for a client (seed 003): benefits or
-- rehabilitation to apply for, statements needed, recommendations, and who takes responsibility.
CREATE TABLE kela_conclusions (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    booking_id  INTEGER NOT NULL REFERENCES bookings (id),
    position    INTEGER NOT NULL CHECK (position BETWEEN 1 AND 100),
    kind        TEXT NOT NULL CHECK (kind IN ('benefit', 'rehabilitation', 'statement',
                    'recommendation')),
    -- for kind 'statement': which one
    statement   TEXT CHECK (statement IN ('b-statement', 'care-plan', 'cost-estimate')),
    text        TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    -- who takes responsibility (a role or a name), and by when
    responsible TEXT CHECK (responsible IS NULL OR length(responsible) BETWEEN 1 AND 200),
    due_on      TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
    -- the plan version that took it in as an agreed action (`moty plan CASE --from-kela`, or
    -- chosen at the terminal); NULL: not yet taken into the plan, so offered when it is edited
    planned_in  INTEGER CHECK (planned_in IS NULL OR planned_in >= 1),
    recorded_by TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at) IS recorded_at),
    UNIQUE (booking_id, case_id, position),
    FOREIGN KEY (case_id, planned_in) REFERENCES plan_versions (case_id, version),
    CHECK ((kind = 'statement') = (statement IS NOT NULL)),
    CHECK (kind = 'statement' OR text IS NOT NULL)
) STRICT;

CREATE INDEX kela_conclusions_case ON kela_conclusions (case_id);
