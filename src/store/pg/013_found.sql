-- Migration 13: nothing changes on a server. A file gains an index for `find`'s order
-- (store/migrations/013_found.sql); a server's schema version follows the file's, so that one
-- moty reads both.
UPDATE schema_version SET version = 13;
