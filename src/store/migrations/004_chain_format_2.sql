-- Migration 4: chain format 2 (src/store/chain.rs). Personal free text of the timeline and the
-- access log moves out of the chained rows into `log_texts`, where a purge can erase it; the rows
-- chain a salted commitment to it instead (`text_hash`). Every chained row also records the
-- operating-system login that wrote it (`os_user`) beside `--as`, and whether the time came from
-- the system clock or from MOTY_NOW (`clock`). The rows written before keep their format-1 hash
-- in `hash_v1`; the re-hashing itself is done in Rust (store::chain_format) in this same
-- transaction, and recorded in the new re-anchor log `anchors`, naming the old and the new heads.

CREATE TABLE log_texts (
    log    TEXT NOT NULL CHECK (log IN ('events', 'access_log')),
    row_id INTEGER NOT NULL,
    salt   BLOB NOT NULL CHECK (length(salt) = 16),
    body   TEXT NOT NULL,
    PRIMARY KEY (log, row_id)
) STRICT;

CREATE TRIGGER log_texts_no_update BEFORE UPDATE ON log_texts
BEGIN SELECT RAISE(ABORT, 'log texts are never changed; only a purge erases them'); END;

-- Which texts a purge erased, and which purge (its event on the case's timeline): `audit verify`
-- accepts a missing text only where a row here says so.
CREATE TABLE erasures (
    log         TEXT NOT NULL CHECK (log IN ('events', 'access_log')),
    row_id      INTEGER NOT NULL,
    purge_event INTEGER NOT NULL REFERENCES events (id),
    PRIMARY KEY (log, row_id)
) STRICT;

-- Legitimate breaks of a chain: a chain-format change, a restore, an import. Chained itself.
CREATE TABLE anchors (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', at) IS at),
    actor    TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    reason   TEXT NOT NULL CHECK (reason IN ('chain-format', 'restore', 'import')),
    -- a restore re-anchors the re-anchor log too: it names the head the restored file replaced
    log      TEXT NOT NULL CHECK (log IN ('events', 'access_log', 'disclosure_log', 'anchors')),
    old_rows INTEGER NOT NULL CHECK (old_rows >= 0),
    old_head TEXT NOT NULL CHECK (length(old_head) = 64),
    new_rows INTEGER NOT NULL CHECK (new_rows >= 0),
    new_head TEXT NOT NULL CHECK (length(new_head) = 64),
    -- JSON: what the break was (for a restore: the backup, what was carried, what was lost and why)
    detail   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    hash     TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

CREATE TRIGGER anchors_no_update BEFORE UPDATE ON anchors
BEGIN SELECT RAISE(ABORT, 'the re-anchor log is append-only'); END;
CREATE TRIGGER anchors_no_delete BEFORE DELETE ON anchors
BEGIN SELECT RAISE(ABORT, 'the re-anchor log is append-only'); END;

ALTER TABLE events ADD COLUMN os_user TEXT CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100);
ALTER TABLE events ADD COLUMN clock TEXT CHECK (clock IS NULL OR clock IN ('system', 'override'));
ALTER TABLE events ADD COLUMN text_hash TEXT CHECK (text_hash IS NULL OR length(text_hash) = 64);
ALTER TABLE events ADD COLUMN hash_v1 TEXT CHECK (hash_v1 IS NULL OR length(hash_v1) = 64);

ALTER TABLE access_log ADD COLUMN os_user TEXT CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100);
ALTER TABLE access_log ADD COLUMN clock TEXT CHECK (clock IS NULL OR clock IN ('system', 'override'));
ALTER TABLE access_log ADD COLUMN text_hash TEXT CHECK (text_hash IS NULL OR length(text_hash) = 64);
ALTER TABLE access_log ADD COLUMN hash_v1 TEXT CHECK (hash_v1 IS NULL OR length(hash_v1) = 64);

ALTER TABLE disclosure_log ADD COLUMN os_user TEXT CHECK (os_user IS NULL OR length(os_user) BETWEEN 1 AND 100);
ALTER TABLE disclosure_log ADD COLUMN clock TEXT CHECK (clock IS NULL OR clock IN ('system', 'override'));
ALTER TABLE disclosure_log ADD COLUMN hash_v1 TEXT CHECK (hash_v1 IS NULL OR length(hash_v1) = 64);

-- A purge is a new event on the case's timeline.
INSERT INTO event_kinds (kind) VALUES ('case-purged');

-- A purged case: when, so it is left out of look-ups that would show nothing of it.
ALTER TABLE cases ADD COLUMN purged_on TEXT CHECK (purged_on IS NULL OR date(purged_on) IS purged_on);
