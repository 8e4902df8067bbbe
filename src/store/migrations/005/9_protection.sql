-- Migration 5, part 9: protection and representation — non-disclosure for personal safety,
-- consent by a representative, the client's language and interpreter, the legal basis of a
-- disclosure, the contact request (issue #13, items 8 and 12).

-- A non-disclosure order for personal safety (turvakielto): the client's address and contact
-- details never leave the register, and every screen that shows the client warns. The client's
-- language chooses the language of their documents (fi, sv; 'other' with an interpreter); the
-- interpreter's language is free text (e.g. "arabia", "viittomakieli"). Recorded on the client
-- (the person), changed with `moty client` or a referral; the timeline holds every change.
ALTER TABLE clients ADD COLUMN non_disclosure INTEGER NOT NULL DEFAULT 0
    CHECK (non_disclosure IN (0, 1));
ALTER TABLE clients ADD COLUMN language TEXT CHECK (language IN ('fi', 'sv', 'other'));
ALTER TABLE clients ADD COLUMN interpreter TEXT
    CHECK (interpreter IS NULL OR length(interpreter) BETWEEN 1 AND 60);

-- A consent given on the client's behalf by a legal representative: who (a name, erased by a
-- purge) and on what authority — an appointed guardian (edunvalvoja), a custodian of a child
-- (huoltaja), a confirmed continuing power of attorney (edunvalvontavaltuutettu), or other.
-- NULL: the client gave it themself. The kind 'contact-request' (seed 000's
-- yhteydenottopyyntö) has been allowed by the kind's CHECK since migration 3.
ALTER TABLE consents ADD COLUMN representative TEXT
    CHECK (representative IS NULL OR length(representative) BETWEEN 1 AND 200);
ALTER TABLE consents ADD COLUMN authority TEXT
    CHECK (authority IN ('guardianship', 'custodian', 'power-of-attorney', 'other'))
    CHECK ((authority IS NULL) = (representative IS NULL));

-- The legal basis of each disclosure, beside the chained disclosure log (whose rows never get
-- new columns): the client's consent, the Social Welfare Act 41 §, the Health Care Act 32 §, or
-- another named one. `hash` binds the row to its disclosure row: sha256 over the disclosure
-- row's hash, its id, the basis and the name (store::chain::digest), checked by `audit verify`.
CREATE TABLE disclosure_bases (
    disclosure_id INTEGER PRIMARY KEY REFERENCES disclosure_log (id),
    basis         TEXT NOT NULL CHECK (basis IN ('consent', 'social-welfare-act-41',
                      'health-care-act-32', 'other')),
    named         TEXT CHECK (named IS NULL OR length(named) BETWEEN 1 AND 200),
    hash          TEXT NOT NULL CHECK (length(hash) = 64),
    CHECK ((basis = 'other') = (named IS NOT NULL))
) STRICT;

CREATE TRIGGER disclosure_bases_no_update BEFORE UPDATE ON disclosure_bases
BEGIN SELECT RAISE(ABORT, 'the legal bases of disclosures are append-only'); END;
CREATE TRIGGER disclosure_bases_no_delete BEFORE DELETE ON disclosure_bases
BEGIN SELECT RAISE(ABORT, 'the legal bases of disclosures are append-only'); END;

-- Disclosure rows from this one on carry a legal basis (`audit verify` checks it); the ones
-- written before were recorded without. One row, never changed.
CREATE TABLE disclosure_bases_from (
    first_row INTEGER NOT NULL CHECK (first_row >= 1)
) STRICT;

INSERT INTO disclosure_bases_from (first_row)
    SELECT coalesce(max(id), 0) + 1 FROM disclosure_log;

CREATE TRIGGER disclosure_bases_from_no_update BEFORE UPDATE ON disclosure_bases_from
BEGIN SELECT RAISE(ABORT, 'the legal bases of disclosures are append-only'); END;
CREATE TRIGGER disclosure_bases_from_no_delete BEFORE DELETE ON disclosure_bases_from
BEGIN SELECT RAISE(ABORT, 'the legal bases of disclosures are append-only'); END;

INSERT INTO event_kinds (kind) VALUES ('non-disclosure-changed');
