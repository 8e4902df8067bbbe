-- Migration 7, part 2: what `moty admin import-sqlite` needs on both engines (issue #16, item 8).
-- A register brought from a team's file keeps that file's pseudonym secret for the file's own
-- clients, so that the team's pseudonymous exports keep the same keys after the move: the key of
-- client `client_id` is the HMAC of `original_id` (its id in the file) under `secret`. A file
-- never has rows here (only a server imports); a client without a row is keyed by the
-- register's own secret (meta.pseudonym_secret) and its own id.
CREATE TABLE pseudonym_keys (
    client_id   INTEGER PRIMARY KEY REFERENCES clients (id),
    secret      TEXT NOT NULL CHECK (length(secret) BETWEEN 1 AND 200),
    original_id INTEGER NOT NULL
) STRICT;
